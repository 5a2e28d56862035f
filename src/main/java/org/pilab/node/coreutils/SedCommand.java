package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.pilab.node.fs.Errno;
import org.pilab.node.fs.FsException;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * GNU sed's command line: a script (or several {@code -e}), {@code -n}, {@code -E}/{@code -r},
 * and {@code -i[SUFFIX]} to edit files in place (each file on its own, so {@code $} is its last
 * line). The script language is {@link SedScript}; running it is {@link SedEditor}.
 */
public final class SedCommand implements Command {

    @Override
    public int run(Invocation inv) {
        boolean inPlace = false;
        boolean extended = false;
        boolean quiet = false;
        List<String> scripts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> a = inv.args();
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            if (arg.equals("--")) {
                continue;
            } else if (arg.equals("--in-place") || arg.startsWith("--in-place=")) {
                inPlace = true;
            } else if (arg.equals("--regexp-extended")) {
                extended = true;
            } else if (arg.equals("--quiet") || arg.equals("--silent")) {
                quiet = true;
            } else if (arg.startsWith("--expression=")) {
                scripts.add(arg.substring("--expression=".length()));
            } else if (arg.startsWith("-") && !arg.startsWith("--") && arg.length() > 1) {
                // a group of short options (-nE, -ni.bak, -ne SCRIPT), read letter by letter as getopt does
                for (int k = 1; k < arg.length(); k++) {
                    char c = arg.charAt(k);
                    if (c == 'n') {
                        quiet = true;
                    } else if (c == 'E' || c == 'r') {
                        extended = true;
                    } else if (c == 'i') {
                        inPlace = true; // the rest of the group is a backup suffix
                        break;
                    } else if (c == 'e' && (k + 1 < arg.length() || i + 1 < a.size())) {
                        scripts.add(k + 1 < arg.length() ? arg.substring(k + 1) : a.get(++i));
                        break;
                    } else {
                        inv.err().println("sed: invalid option -- '" + c + "'");
                        inv.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
                        return 1;
                    }
                }
            } else if (arg.startsWith("--") && arg.length() > 2) {
                inv.err().println("sed: unrecognized option '" + arg + "'");
                inv.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
                return 1;
            } else if (scripts.isEmpty()) {
                scripts.add(arg);
            } else {
                files.add(arg);
            }
        }
        if (scripts.isEmpty()) {
            inv.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
            return 1;
        }
        List<SedScript.Instruction> program = new ArrayList<>();
        for (int k = 0; k < scripts.size(); k++) {
            try {
                program.addAll(SedScript.parse(scripts.get(k), extended));
            } catch (SedScript.SedSyntaxError e) {
                inv.err().println("sed: -e expression #" + (k + 1) + ", char " + Math.max(1, e.position()) + ": " + e.getMessage());
                return 1;
            } catch (PatternSyntaxException e) {
                inv.err().println("sed: -e expression #" + (k + 1) + ", char " + scripts.get(k).length()
                        + ": Invalid preceding regular expression");
                return 1;
            }
        }
        if (files.isEmpty()) {
            if (inPlace) {
                inv.err().println("sed: no input files");
                return 1;
            }
            inv.out().print(new SedEditor(program, quiet).apply(inv.stdin()));
            return 0;
        }
        int status = 0;
        StringBuilder joined = new StringBuilder();
        for (String f : files) {
            String path = inv.abs(f);
            try {
                String text = inv.fs().read(path, inv.creds());
                if (inPlace) {
                    inv.fs().write(path, new SedEditor(program, quiet).apply(text), inv.creds());
                } else {
                    // without -i the files are one stream: $ is the last line of the last file
                    if (!joined.isEmpty() && joined.charAt(joined.length() - 1) != '\n') {
                        joined.append('\n');
                    }
                    joined.append(text);
                }
            } catch (FsException e) {
                if (inPlace && e.errno() == Errno.EACCES && inv.fs().exists(path)) {
                    inv.err().println("sed: couldn't open temporary file " + path.substring(0, path.lastIndexOf('/') + 1)
                            + "sedAbC123: Permission denied");
                } else {
                    inv.err().println("sed: can't read " + f + ": " + e.reason());
                }
                status = inPlace ? 4 : 2;
            }
        }
        if (!inPlace) {
            inv.out().print(new SedEditor(program, quiet).apply(joined.toString()));
        }
        return status;
    }
}
