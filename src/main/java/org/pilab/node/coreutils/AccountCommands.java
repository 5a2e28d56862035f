package org.pilab.node.coreutils;

import java.util.List;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.service.UnitFile;
import org.pilab.node.service.UnitRuntime;
import org.pilab.node.shell.Invocation;

/** usermod -aG, printf and ps: small tools guides use along the way. */
public final class AccountCommands {

    private AccountCommands() {
    }

    /** {@code usermod -aG group[,group] user}. */
    public static int usermod(Invocation inv) {
        List<String> a = inv.args();
        if (a.size() != 3 || !a.get(0).equals("-aG")) {
            inv.err().println("Usage: usermod [options] LOGIN   (the lab supports: usermod -aG GROUP[,GROUP] USER)");
            return 2;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("usermod: Permission denied.");
            inv.err().println("usermod: cannot lock /etc/passwd; try again later.");
            return 1;
        }
        String user = a.get(2);
        if (inv.host().accounts().user(user).isEmpty()) {
            inv.err().println("usermod: user '" + user + "' does not exist");
            return 6;
        }
        for (String g : a.get(1).split(",")) {
            if (inv.host().accounts().group(g).isEmpty()) {
                inv.err().println("usermod: group '" + g + "' does not exist");
                return 6;
            }
        }
        inv.host().accounts().addToGroups(user, List.of(a.get(1).split(",")));
        return 0;
    }

    /** printf FORMAT [ARG...] with %s, %d and backslash escapes; the format repeats for extra arguments. */
    public static int printf(Invocation inv) {
        if (inv.args().isEmpty()) {
            inv.err().println("printf: usage: printf [-v var] format [arguments]");
            return 2;
        }
        String format = unescape(inv.args().get(0));
        List<String> args = inv.args().subList(1, inv.args().size());
        int used = 0;
        do {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == '%' && i + 1 < format.length()) {
                    char f = format.charAt(++i);
                    if (f == '%') {
                        sb.append('%');
                        continue;
                    }
                    String v = used < args.size() ? args.get(used) : "";
                    used++;
                    sb.append(f == 'd' ? (v.matches("-?\\d+") ? v : "0") : v);
                } else {
                    sb.append(c);
                }
            }
            inv.out().print(sb);
        } while (used < args.size() && format.contains("%"));
        return 0;
    }

    /** printf's backslash escapes in the format: \\ \n \t \r \a \b \f \v \" \NNN (octal) and \xHH. */
    static String unescape(String f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '\\' || i + 1 >= f.length()) {
                sb.append(c);
                continue;
            }
            char e = f.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '\\' -> sb.append('\\');
                case '"' -> sb.append('"');
                case 'x' -> {
                    int end = i + 1;
                    while (end < f.length() && end < i + 3 && Character.digit(f.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i + 1) {
                        sb.append("\\x");
                    } else {
                        sb.append((char) Integer.parseInt(f.substring(i + 1, end), 16));
                        i = end - 1;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < f.length() && end < i + 3 && f.charAt(end) >= '0' && f.charAt(end) <= '7') {
                            end++;
                        }
                        sb.append((char) Integer.parseInt(f.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** ps aux / ps -ef: init, sshd sessions and the main process of every running unit. */
    public static int ps(Invocation inv) {
        Host h = inv.host();
        inv.out().println("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND");
        inv.out().println(row("root", 1, "/sbin/init"));
        for (UnitFile u : h.services().units()) {
            UnitRuntime rt = h.services().runtime(u.name());
            if (rt.isActive() && "running".equals(rt.subState())) {
                String user = switch (u.processName()) {
                    case "munged" -> "munge";
                    case "chronyd" -> "_chrony";
                    case "slurmctld" -> "slurm";
                    default -> "root";
                };
                inv.out().println(row(user, rt.mainPid(), u.execStart().replaceAll(" \\$[A-Z_]+", "")));
            }
        }
        inv.out().println(row(inv.user(), 4242, "-bash"));
        inv.out().println(row(inv.user(), 4243, "ps " + String.join(" ", inv.args())));
        return 0;
    }

    private static String row(String user, int pid, String command) {
        return String.format(Locale.ROOT, "%-8s %7d  0.0  0.1  %5d  %4d ?        Ss   17:00   0:00 %s",
                user.length() > 8 ? user.substring(0, 7) + "+" : user, pid, 8000 + pid % 997, 3000 + pid % 211, command);
    }
}
