package org.pilab.node.coreutils;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.pilab.node.Host;
import org.pilab.node.OsRelease;
import org.pilab.node.account.Account;
import org.pilab.node.account.Group;
import org.pilab.node.shell.Interpreter;
import org.pilab.node.shell.Invocation;

/** pwd, whoami, id, uname, nproc, env, hostname, date, uptime, which, true, false, sleep. */
public final class SystemCommands {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm:ss 'UTC' yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private SystemCommands() {
    }

    public static int pwd(Invocation inv) {
        inv.out().println(inv.session().cwd());
        return 0;
    }

    public static int whoami(Invocation inv) {
        inv.out().println(inv.user());
        return 0;
    }

    public static int trueCommand(Invocation inv) {
        return 0;
    }

    public static int falseCommand(Invocation inv) {
        return 1;
    }

    public static int id(Invocation inv) {
        String name = inv.args().isEmpty() ? inv.user() : inv.args().get(inv.args().size() - 1);
        var account = inv.host().accounts().user(name);
        if (account.isEmpty()) {
            inv.err().println("id: \u2018" + name + "\u2019: no such user");
            return 1;
        }
        Account a = account.get();
        List<Group> groups = inv.host().accounts().groupsOf(name);
        if (inv.args().contains("-u")) {
            inv.out().println(a.uid());
            return 0;
        }
        if (inv.args().contains("-Gn") || inv.args().contains("-nG")) {
            inv.out().println(groups.stream().map(Group::name).collect(Collectors.joining(" ")));
            return 0;
        }
        String primary = inv.host().accounts().groupName(a.gid());
        inv.out().println("uid=" + a.uid() + "(" + a.name() + ") gid=" + a.gid() + "(" + primary + ") groups="
                + groups.stream().map(g -> g.gid() + "(" + g.name() + ")").collect(Collectors.joining(",")));
        return 0;
    }

    public static int groups(Invocation inv) {
        String name = inv.args().isEmpty() ? inv.user() : inv.args().get(0);
        String list = inv.host().accounts().groupsOf(name).stream().map(Group::name).collect(Collectors.joining(" "));
        inv.out().println(inv.args().isEmpty() ? list : name + " : " + list);
        return 0;
    }

    public static int uname(Invocation inv) {
        Host h = inv.host();
        String version = kernelVersion(h);
        String machine = h.hardware().arch();
        List<String> a = inv.args();
        if (a.contains("-a")) {
            inv.out().println("Linux " + h.hostname() + " " + h.kernelRelease() + " " + version + " " + machine
                    + (h.os() == OsRelease.UBUNTU ? " " + machine + " " + machine : "") + " GNU/Linux");
            return 0;
        }
        StringBuilder sb = new StringBuilder();
        for (String arg : a.isEmpty() ? List.of("-s") : a) {
            for (char c : arg.substring(1).toCharArray()) {
                String part = switch (c) {
                    case 's' -> "Linux";
                    case 'n' -> h.hostname();
                    case 'r' -> h.kernelRelease();
                    case 'v' -> version;
                    case 'm', 'p', 'i' -> machine;
                    case 'o' -> "GNU/Linux";
                    default -> null;
                };
                if (part == null) {
                    inv.err().println("uname: invalid option -- '" + c + "'");
                    inv.err().println("Try 'uname --help' for more information.");
                    return 1;
                }
                sb.append(sb.length() > 0 ? " " : "").append(part);
            }
        }
        inv.out().println(sb);
        return 0;
    }

    private static String kernelVersion(Host h) {
        return switch (h.os()) {
            case BULLSEYE -> h.hardware().isRaspberryPi() ? "#1642 SMP PREEMPT Mon Apr  3 17:24:16 BST 2023"
                    : "#1 SMP Debian 5.10.237-1 (2025-05-19)";
            case BOOKWORM -> h.hardware().isRaspberryPi() ? "#1 SMP PREEMPT Debian 1:6.6.51-1+rpt3 (2024-10-08)"
                    : "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)";
            case TRIXIE -> "#1 SMP PREEMPT Debian 1:6.12.47-1+rpt1 (2025-09-16)";
            case UBUNTU -> h.hardware().isRaspberryPi() ? "#44-Ubuntu SMP PREEMPT_DYNAMIC Mon Sep 15 10:31:23 UTC 2025"
                    : "#88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025";
        };
    }

    public static int nproc(Invocation inv) {
        inv.out().println(inv.host().hardware().cpus());
        return 0;
    }

    public static int env(Invocation inv) {
        inv.session().variables().forEach((k, v) -> inv.out().println(k + "=" + v));
        return 0;
    }

    public static int hostname(Invocation inv) {
        List<String> a = inv.args();
        if (a.isEmpty()) {
            inv.out().println(inv.host().hostname());
            return 0;
        }
        if (a.get(0).equals("-I")) {
            String addrs = String.join(" ", inv.host().addresses());
            inv.out().println(addrs.isEmpty() ? "" : addrs + " ");
            return 0;
        }
        if (a.get(0).equals("-s")) {
            inv.out().println(inv.host().hostname().split("\\.")[0]);
            return 0;
        }
        if (a.get(0).startsWith("-")) {
            inv.err().println("hostname: invalid option -- '" + a.get(0).substring(1) + "'");
            return 1;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("hostname: you must be root to change the host name");
            return 1;
        }
        inv.host().hostname(a.get(0));
        return 0;
    }

    public static int date(Invocation inv) {
        long now = inv.host().clockMillis();
        if (!inv.args().isEmpty() && inv.args().get(0).startsWith("+")) {
            inv.out().println(DateFormat.format(inv.args().get(0).substring(1), now));
            return 0;
        }
        String setting = setting(inv);
        if (setting != null) {
            return setDate(inv, setting, now);
        }
        if (inv.args().contains("-u") || inv.args().isEmpty()) {
            inv.out().println(DATE.format(Instant.ofEpochMilli(now)));
            return 0;
        }
        inv.err().println("date: invalid date \u2018" + inv.args().get(0) + "\u2019");
        return 1;
    }

    /** The value of {@code -s STRING}, {@code -sSTRING} or {@code --set=STRING}; null without one. */
    private static String setting(Invocation inv) {
        List<String> a = inv.args();
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            if ((arg.equals("-s") || arg.equals("--set")) && i + 1 < a.size()) {
                return a.get(i + 1);
            }
            if (arg.startsWith("--set=")) {
                return arg.substring("--set=".length());
            }
            if (arg.startsWith("-s") && arg.length() > 2) {
                return arg.substring(2);
            }
        }
        return null;
    }

    /**
     * GNU date sets the clock, then prints the new time whether or not setting worked. A clock
     * set by hand is no longer synchronised: chrony (if running) would slew it back only slowly.
     */
    private static int setDate(Invocation inv, String text, long now) {
        OptionalLong when = DateSetting.parse(text, now);
        if (when.isEmpty()) {
            inv.err().println("date: invalid date \u2018" + text + "\u2019");
            return 1;
        }
        int status = 0;
        if (inv.session().isRoot()) {
            inv.host().clockOffsetMillis(inv.host().clockOffsetMillis() + when.getAsLong() - now);
            inv.host().clockUnsynchronized();
        } else {
            inv.err().println("date: cannot set date: Operation not permitted");
            status = 1;
        }
        inv.out().println(DATE.format(Instant.ofEpochMilli(when.getAsLong())));
        return status;
    }

    public static int uptime(Invocation inv) {
        long up = inv.host().uptimeMillis() / 60_000;
        String time = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC)
                .format(Instant.ofEpochMilli(inv.host().clockMillis()));
        String upText = up < 60 ? up + " min" : (up / 60) + ":" + String.format(Locale.ROOT, "%02d", up % 60);
        inv.out().println(" " + time + " up " + upText + ",  1 user,  load average: 0.00, 0.00, 0.00");
        return 0;
    }

    public static int which(Invocation inv) {
        int status = 0;
        for (String name : inv.args()) {
            Interpreter.Resolution r = Interpreter.resolve(inv.session(), name);
            if (r.command() != null && r.path() != null) {
                inv.out().println(r.path());
            } else {
                status = 1;
            }
        }
        return status;
    }

    public static int sleep(Invocation inv) {
        if (inv.args().isEmpty()) {
            inv.err().println("sleep: missing operand");
            inv.err().println("Try 'sleep --help' for more information.");
            return 1;
        }
        try {
            double seconds = Double.parseDouble(inv.args().get(0).replaceAll("s$", ""));
            inv.host().network().advance(Math.round(seconds * 1000));
            return 0;
        } catch (NumberFormatException e) {
            inv.err().println("sleep: invalid time interval \u2018" + inv.args().get(0) + "\u2019");
            inv.err().println("Try 'sleep --help' for more information.");
            return 1;
        }
    }

    static ZonedDateTime utc(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
    }
}
