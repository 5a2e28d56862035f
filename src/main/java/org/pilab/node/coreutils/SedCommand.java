package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pilab.node.fs.Errno;
import org.pilab.node.fs.FsException;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * sed with the scripts cluster guides use: {@code s/old/new/[g]} (any delimiter, {@code &} and
 * {@code \1} in the replacement), {@code /re/d}, several {@code -e}, and {@code -i} to edit
 * files in place. Other sed commands are reported as unsupported.
 */
public final class SedCommand implements Command {

    /** One parsed script command. */
    private record Op(char kind, Pattern pattern, String replacement, boolean global) {
    }

    @Override
    public int run(Invocation inv) {
        boolean inPlace = false;
        boolean extended = false;
        List<String> scripts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> a = inv.args();
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            if (arg.equals("-i") || arg.startsWith("-i.")) {
                inPlace = true;
            } else if (arg.equals("-E") || arg.equals("-r")) {
                extended = true;
            } else if (arg.equals("-e") && i + 1 < a.size()) {
                scripts.add(a.get(++i));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                inv.err().println("sed: invalid option -- '" + arg.substring(1) + "'");
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
        List<Op> ops = new ArrayList<>();
        for (String s : scripts) {
            for (String part : s.split(";")) {
                try {
                    ops.add(parse(part.strip(), extended));
                } catch (IllegalArgumentException e) {
                    inv.err().println("sed: -e expression #1, char " + Math.max(1, part.length()) + ": " + e.getMessage());
                    return 1;
                }
            }
        }
        if (files.isEmpty()) {
            if (inPlace) {
                inv.err().println("sed: no input files");
                return 1;
            }
            inv.out().print(apply(ops, inv.stdin()));
            return 0;
        }
        int status = 0;
        for (String f : files) {
            String path = inv.abs(f);
            try {
                String text = inv.fs().read(path, inv.creds());
                String result = apply(ops, text);
                if (inPlace) {
                    inv.fs().write(path, result, inv.creds());
                } else {
                    inv.out().print(result);
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
        return status;
    }

    private static Op parse(String s, boolean extended) {
        if (s.startsWith("s") && s.length() > 1) {
            char d = s.charAt(1);
            List<String> parts = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (int i = 2; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == d) {
                    cur.append(d);
                    i++;
                } else if (c == d) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            parts.add(cur.toString());
            if (parts.size() < 3) {
                throw new IllegalArgumentException("unterminated `s' command");
            }
            String flags = parts.get(2);
            return new Op('s', Pattern.compile(extended ? parts.get(0) : basic(parts.get(0))), replacement(parts.get(1)),
                    flags.contains("g"));
        }
        if (s.startsWith("/") && s.endsWith("/d")) {
            String re = s.substring(1, s.length() - 2);
            return new Op('d', Pattern.compile(extended ? re : basic(re)), "", false);
        }
        throw new IllegalArgumentException("unknown command: `" + (s.isEmpty() ? "" : s.charAt(0)) + "'");
    }

    private static String apply(List<Op> ops, String text) {
        StringBuilder out = new StringBuilder();
        boolean trailingNewline = text.endsWith("\n");
        String[] lines = text.split("\n", -1);
        int n = trailingNewline ? lines.length - 1 : lines.length;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            boolean deleted = false;
            for (Op op : ops) {
                Matcher m = op.pattern().matcher(line);
                if (op.kind() == 'd') {
                    if (m.find()) {
                        deleted = true;
                        break;
                    }
                } else {
                    line = op.global() ? m.replaceAll(op.replacement()) : m.replaceFirst(op.replacement());
                }
            }
            if (!deleted) {
                out.append(line);
                if (i < n - 1 || trailingNewline) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** POSIX basic regex to Java (\( \) groups, literal + ? | { }). */
    private static String basic(String bre) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bre.length(); i++) {
            char c = bre.charAt(i);
            if (c == '\\' && i + 1 < bre.length()) {
                char n = bre.charAt(++i);
                sb.append("(){}+?|".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
            } else if ("(){}+?|".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** sed's replacement: & is the match, \1..\9 groups; Java needs $0 / $1 and escaped $. */
    private static String replacement(String r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '&') {
                sb.append("$0");
            } else if (c == '\\' && i + 1 < r.length()) {
                char n = r.charAt(++i);
                if (Character.isDigit(n)) {
                    sb.append('$').append(n);
                } else if (n == 'n') {
                    sb.append('\n');
                } else {
                    sb.append(Matcher.quoteReplacement(String.valueOf(n)));
                }
            } else if (c == '$') {
                sb.append("\\$");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
