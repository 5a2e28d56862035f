package org.pilab.node.shell;

import java.util.List;
import java.util.Optional;

import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsException;

/**
 * The shells as programs: {@code bash FILE [ARGS]}, {@code bash -c 'COMMANDS' [NAME ARGS]},
 * {@code bash -s} / {@code bash} fed by a pipe (the script comes on stdin), and a plain
 * {@code bash} at the prompt, which opens a nested interactive shell. {@code sh} (dash on
 * Debian) runs the same scripts (loops and if included) but words its errors as dash does.
 * A script file needs read permission only, not the execute bit.
 */
public final class ShellCommand implements Command {

    private final boolean dash;

    private ShellCommand(boolean dash) {
        this.dash = dash;
    }

    public static ShellCommand bash() {
        return new ShellCommand(false);
    }

    public static ShellCommand dash() {
        return new ShellCommand(true);
    }

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args();
        int i = 0;
        boolean commandString = false;
        boolean fromStdin = false;
        while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-")) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("-c")) {
                commandString = true;
            } else if (a.equals("-s")) {
                fromStdin = true;
            } else if (!a.matches("-[eluxvi]+|--login|--norc|--noprofile")) {
                inv.err().println(inv.name() + ": " + a + ": invalid option");
                return 2;
            }
            i++;
        }
        List<String> rest = args.subList(i, args.size());
        if (commandString) {
            if (rest.isEmpty()) {
                inv.err().println(inv.name() + ": -c: option requires an argument");
                return 2;
            }
            Session child = inv.session().child(inv.name());
            child.setVariable("0", rest.size() > 1 ? rest.get(1) : inv.name());
            ScriptRunner.setPositional(child, rest.size() > 2 ? rest.subList(2, rest.size()) : List.of());
            return ScriptRunner.runLines(child, rest.get(0), inv.out(), inv.err());
        }
        if (fromStdin || rest.isEmpty()) {
            if (!fromStdin && inv.stdin().isEmpty()) {
                return interactive(inv);
            }
            Session child = inv.session().child(inv.name());
            ScriptRunner.setPositional(child, rest);
            return ScriptRunner.runLines(child, inv.stdin(), inv.out(), inv.err());
        }
        String file = rest.get(0);
        String path = inv.abs(file);
        Optional<FileStat> st = inv.fs().statIfExists(path);
        try {
            if (st.isPresent() && st.get().isDirectory()) {
                return cannotOpen(inv, file, "Is a directory", 126);
            }
            inv.fs().read(path, inv.creds());
        } catch (FsException e) {
            return cannotOpen(inv, file, e.reason(), e.reason().equals("Permission denied") ? 126 : 127);
        }
        if (st.isEmpty()) {
            return cannotOpen(inv, file, "No such file or directory", 127);
        }
        return new ScriptRunner(path).run(new Invocation(file, rest.subList(1, rest.size()), inv.session(), inv.stdin(),
                inv.out(), inv.err()));
    }

    /** bash: {@code bash: x.sh: No such file or directory}; dash: {@code sh: 0: cannot open x.sh: No such file}. */
    private int cannotOpen(Invocation inv, String file, String reason, int bashStatus) {
        if (dash) {
            String why = reason.equals("No such file or directory") ? "No such file" : reason;
            inv.err().println(inv.name() + ": 0: cannot open " + file + ": " + why);
            return 2;
        }
        inv.err().println(inv.name() + ": " + file + ": " + reason);
        return bashStatus;
    }

    /** {@code bash} typed at a prompt: a nested shell in the same directory; {@code exit} returns. */
    private int interactive(Invocation inv) {
        inv.session().enter(inv.session().interactiveChild());
        return 0;
    }
}
