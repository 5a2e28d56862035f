package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs shell script text line by line: a file in a child shell ({@code ./setup.sh},
 * {@code bash setup.sh}, {@code bash -c '...'}) or in the caller's own shell ({@code source}).
 * Only straight-line scripts: control flow is not interpreted. A line ending in a backslash
 * continues on the next; {@code exit} ends the script.
 */
final class ScriptRunner implements Command {

    private final String path;
    private final boolean sameShell;

    ScriptRunner(String path) {
        this(path, false);
    }

    private ScriptRunner(String path, boolean sameShell) {
        this.path = path;
        this.sameShell = sameShell;
    }

    static ScriptRunner inSameShell(String path) {
        return new ScriptRunner(path, true);
    }

    @Override
    public int run(Invocation inv) {
        String text = inv.fs().read(path, inv.creds());
        if (sameShell) {
            return runLines(inv.session(), text, inv.out());
        }
        Session child = inv.session().child(path.substring(path.lastIndexOf('/') + 1));
        child.setVariable("0", inv.name().contains("/") ? inv.name() : path);
        setPositional(child, inv.args());
        return runLines(child, text, inv.out());
    }

    /** $1..$N, $# and $@ for the script's arguments. */
    static void setPositional(Session s, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            s.setVariable(Integer.toString(i + 1), args.get(i));
        }
        s.setVariable("#", Integer.toString(args.size()));
        s.setVariable("@", String.join(" ", args));
    }

    /** Runs each line of {@code text} in {@code s}; the status is the last command's. */
    static int runLines(Session s, String text, Output out) {
        int status = 0;
        List<String[]> lines = logicalLines(text);
        for (String[] numbered : lines) {
            if (s.exitRequested()) {
                break;
            }
            String trimmed = numbered[1].strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            s.scriptLine(Integer.parseInt(numbered[0]));
            ShellResult r = s.runNested(trimmed);
            out.print(r.output());
            status = r.status();
        }
        return status;
    }

    /** Lines with their first physical line number, backslash-newline joined. */
    private static List<String[]> logicalLines(String text) {
        List<String[]> out = new ArrayList<>();
        String[] physical = text.split("\n", -1);
        StringBuilder cur = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (cur == null) {
                cur = new StringBuilder();
                start = i + 1;
            }
            if (line.endsWith("\\") && !line.startsWith("#")) {
                cur.append(line, 0, line.length() - 1);
                continue;
            }
            cur.append(line);
            out.add(new String[] {Integer.toString(start), cur.toString()});
            cur = null;
        }
        if (cur != null) {
            out.add(new String[] {Integer.toString(start), cur.toString()});
        }
        return out;
    }
}
