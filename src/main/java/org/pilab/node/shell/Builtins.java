package org.pilab.node.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.fs.FsException;

/** Shell builtins: they change the session itself, so sudo cannot run them. */
final class Builtins {

    private static final Map<String, Command> BUILTINS = Map.ofEntries(
            Map.entry("cd", Builtins::cd),
            Map.entry("exit", Builtins::exit),
            Map.entry("logout", Builtins::exit),
            Map.entry("export", Builtins::export),
            Map.entry("unset", Builtins::unset),
            Map.entry("history", Builtins::history),
            Map.entry("source", Builtins::source),
            Map.entry(".", Builtins::source),
            Map.entry("type", Builtins::type),
            Map.entry("break", Builtins::breakOrContinue),
            Map.entry("continue", Builtins::breakOrContinue),
            Map.entry("read", ReadBuiltin::run),
            Map.entry("test", TestBuiltin.test()),
            Map.entry("[", TestBuiltin.bracket()));

    private Builtins() {
    }

    static Optional<Command> find(String name) {
        return Optional.ofNullable(BUILTINS.get(name));
    }

    private static int cd(Invocation inv) {
        List<String> args = inv.args();
        if (args.size() > 1) {
            inv.err().println(inv.session().shellName() + ": cd: too many arguments");
            return 1;
        }
        String target = args.isEmpty() ? inv.session().variable("HOME").orElse("/") : args.get(0);
        if (target.equals("-")) {
            target = inv.session().variable("OLDPWD").orElse(inv.session().cwd());
            inv.out().println(target);
        }
        String path = inv.abs(target);
        try {
            var stat = inv.fs().stat(path, inv.creds());
            if (!stat.isDirectory()) {
                inv.err().println(inv.session().shellName() + ": cd: " + target + ": Not a directory");
                return 1;
            }
            inv.fs().list(path, inv.creds()); // needs search permission
        } catch (FsException e) {
            inv.err().println(inv.session().shellName() + ": cd: " + target + ": " + e.reason());
            return 1;
        }
        inv.session().setVariable("OLDPWD", inv.session().cwd());
        inv.session().cwd(path);
        return 0;
    }

    private static int exit(Invocation inv) {
        inv.session().requestExit();
        if (inv.session().origin().isPresent() && !inv.session().isScript()) {
            inv.out().println(inv.session().isLogin() ? "logout" : "exit");
            if (!inv.session().exitMessage().isEmpty()) {
                inv.out().println(inv.session().exitMessage());
            }
        }
        if (!inv.args().isEmpty() && inv.args().get(0).matches("-?\\d+")) {
            return Integer.parseInt(inv.args().get(0)) & 0xff;
        }
        return inv.session().lastStatus();
    }

    /** {@code break [N]} / {@code continue [N]}: the loops see the request once this command returns. */
    private static int breakOrContinue(Invocation inv) {
        String prefix = inv.session().shellName() + ": " + inv.name() + ": ";
        LoopControl loops = inv.session().loops();
        int levels = 1;
        if (!inv.args().isEmpty()) {
            String n = inv.args().get(0);
            if (!n.matches("-?\\d{1,9}")) {
                inv.err().println(prefix + n + ": numeric argument required");
                loops.requestBreak(loops.depth()); // bash leaves every loop then
                return 128;
            }
            levels = Integer.parseInt(n);
            if (levels < 1) {
                inv.err().println(prefix + n + ": loop count out of range");
                return 1;
            }
        }
        if (loops.depth() == 0) {
            inv.err().println(prefix + "only meaningful in a `for', `while', or `until' loop");
            return 0;
        }
        if (inv.name().equals("break")) {
            loops.requestBreak(levels);
        } else {
            loops.requestContinue(levels);
        }
        return 0;
    }

    private static int export(Invocation inv) {
        for (String a : inv.args()) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                inv.session().setVariable(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        return 0;
    }

    private static int unset(Invocation inv) {
        inv.args().forEach(inv.session()::unsetVariable);
        return 0;
    }

    private static int history(Invocation inv) {
        List<String> h = inv.session().history();
        for (int i = 0; i < h.size(); i++) {
            inv.out().printf("%5d  %s%n", i + 1, h.get(i));
        }
        return 0;
    }

    private static int source(Invocation inv) {
        if (inv.args().isEmpty()) {
            inv.err().println(inv.session().shellName() + ": " + inv.name() + ": filename argument required");
            return 2;
        }
        // source runs the file in this very shell: its cd and variables stay
        return ScriptRunner.inSameShell(inv.abs(inv.args().get(0))).run(inv);
    }

    private static int type(Invocation inv) {
        int status = 0;
        for (String name : inv.args()) {
            if (BUILTINS.containsKey(name)) {
                inv.out().println(name + " is a shell builtin");
                continue;
            }
            Interpreter.Resolution r = Interpreter.resolve(inv.session(), name);
            if (r.command() != null && r.path() != null) {
                inv.out().println(name + " is " + r.path());
            } else {
                inv.err().println(inv.session().shellName() + ": type: " + name + ": not found");
                status = 1;
            }
        }
        return status;
    }
}
