package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs shell script text line by line: a file in a child shell ({@code ./setup.sh},
 * {@code bash setup.sh}, {@code bash -c '...'}) or in the caller's own shell ({@code source}).
 * A command continues on the next line where bash's would (open quote, here-document, trailing
 * backslash or pipe, a {@code for} / {@code while} / {@code if} until its {@code done} or
 * {@code fi}), so a loop spread over lines runs as one command; {@code exit} ends the script.
 * {@code case} and functions are refused as whole blocks (see {@link ShellParser}).
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
            return runLines(inv.session(), text, inv.out(), inv.err());
        }
        Session child = inv.session().child(path.substring(path.lastIndexOf('/') + 1));
        child.setVariable("0", inv.name().contains("/") ? inv.name() : path);
        setPositional(child, inv.args());
        return runLines(child, text, inv.out(), inv.err());
    }

    /** $1..$N, $# and $@ for the script's arguments. */
    static void setPositional(Session s, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            s.setVariable(Integer.toString(i + 1), args.get(i));
        }
        s.setVariable("#", Integer.toString(args.size()));
        s.setVariable("@", String.join(" ", args));
    }

    /**
     * Runs each command of {@code text} in {@code s}; each command's stdout and stderr go on to
     * {@code out} and {@code err}. The status is the last command's.
     */
    static int runLines(Session s, String text, Output out, Output err) {
        int status = 0;
        for (LogicalLine line : logicalLines(text)) {
            if (s.exitRequested()) {
                break;
            }
            String trimmed = line.text().strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            s.scriptLine(line.number());
            ShellResult r = s.runNested(trimmed);
            r.terminal().writeTo(out, err);
            status = r.status();
        }
        return status;
    }

    /** One command as bash reads it, which may span lines, and the number of its first line. */
    private record LogicalLine(int number, String text) {
    }

    /**
     * The commands of a script, read as bash reads them: a line that leaves a quote or a
     * here-document open, or ends in a backslash, a pipe or {@code &&}, continues on the next.
     */
    private static List<LogicalLine> logicalLines(String text) {
        List<LogicalLine> out = new ArrayList<>();
        String[] physical = text.split("\n", -1);
        StringBuilder cur = new StringBuilder();
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            if (cur.length() == 0) {
                start = i + 1;
            } else {
                cur.append('\n');
            }
            cur.append(physical[i]);
            if (!ShellParser.needsMoreInput(cur.toString())) {
                out.add(new LogicalLine(start, cur.toString()));
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(new LogicalLine(start, cur.toString()));
        }
        return out;
    }
}
