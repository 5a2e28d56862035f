package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Interpreter;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.PromptResponder;
import org.pilab.node.shell.Session;

/**
 * sudo: members of group sudo run commands as root without a password (Raspberry Pi OS's
 * first user has NOPASSWD; the laptop's learner is assumed to have typed it recently).
 * Redirections in the calling line stay with the calling user, as in bash.
 */
public final class SudoCommand implements Command {

    @Override
    public int run(Invocation inv) {
        Session s = inv.session();
        List<String> args = new ArrayList<>(inv.args());
        if (args.isEmpty()) {
            inv.err().println("usage: sudo -h | -K | -k | -V");
            inv.err().println("usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]");
            inv.err().println("usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]");
            inv.err().println("usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]");
            inv.err().println("usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...");
            return 1;
        }
        if (!s.isRoot() && inv.host().os().isRaspberryPiOs() && !hostnameResolves(inv)) {
            inv.err().println("sudo: unable to resolve host " + inv.host().hostname() + ": Name or service not known");
        }
        if (!s.isRoot() && !inv.host().accounts().inGroup(s.user(), "sudo")) {
            inv.ask(PromptResponder.Kind.PASSWORD, "[sudo] password for " + s.user() + ": ");
            inv.err().println(s.user() + " is not in the sudoers file.");
            return 1;
        }
        String target = "root";
        boolean login = false;
        while (!args.isEmpty() && args.get(0).startsWith("-")) {
            String flag = args.remove(0);
            switch (flag) {
                case "-i", "-s" -> login = true;
                case "-u" -> {
                    if (args.isEmpty()) {
                        inv.err().println("sudo: option requires an argument -- 'u'");
                        return 1;
                    }
                    target = args.remove(0);
                }
                case "-E", "-H", "-n" -> {
                }
                default -> {
                    inv.err().println("sudo: invalid option -- '" + flag.substring(1) + "'");
                    return 1;
                }
            }
        }
        if (inv.host().accounts().user(target).isEmpty()) {
            inv.err().println("sudo: unknown user " + target);
            inv.err().println("sudo: error initializing audit plugin sudoers_audit");
            return 1;
        }
        Session as = s.asUser(target);
        boolean su = !args.isEmpty() && args.get(0).equals("su") && (args.size() == 1 || args.get(1).equals("-"));
        if ((login && args.isEmpty()) || su) {
            Session shell = s.openOn(inv.host(), target);
            if (!login && !su) {
                shell.cwd(s.cwd());
            }
            s.enter(shell);
            return 0;
        }
        if (args.isEmpty()) {
            inv.err().println("sudo: a command is required");
            return 1;
        }
        Interpreter.Resolution r = Interpreter.resolve(as, args.get(0));
        if (r.command() == null) {
            inv.err().println("sudo: " + args.get(0) + ": command not found");
            return 1;
        }
        return Interpreter.runArgv(as, args, inv.stdin(), inv.out(), inv.err());
    }

    private static boolean hostnameResolves(Invocation inv) {
        String name = inv.host().hostname();
        for (String line : inv.fs().readOr("/etc/hosts", "").split("\n")) {
            String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String[] f = l.trim().split("\\s+");
            for (int i = 1; i < f.length; i++) {
                if (f[i].equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
