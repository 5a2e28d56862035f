package org.pilab.node.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.pilab.node.Host;

/** {@code systemctl status UNIT} in systemd 252's layout. */
public final class UnitStatusFormatter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int LOG_LINES = 10;

    private UnitStatusFormatter() {
    }

    public static String format(Host host, UnitFile u, boolean withLog) {
        ServiceManager sm = host.services();
        UnitRuntime rt = sm.runtime(u.name());
        long now = host.clockMillis();
        StringBuilder sb = new StringBuilder();
        String bullet = switch (rt.state()) {
            case ACTIVE, ACTIVATING -> "\u25cf";
            case FAILED -> "\u00d7";
            default -> "\u25cb";
        };
        sb.append(bullet).append(' ').append(u.fullName()).append(" - ").append(u.description()).append('\n');
        sb.append("     Loaded: loaded (").append(sm.unitPath(u)).append("; ")
                .append(sm.isEnabled(u.name()) ? "enabled" : "disabled").append("; preset: enabled)\n");
        String since = rt.sinceMillis() > 0 ? " since " + stamp(rt.sinceMillis()) + "; " + ago(now - rt.sinceMillis()) : "";
        String active = switch (rt.state()) {
            case ACTIVE -> "active (" + rt.subState() + ")" + since;
            case FAILED -> "failed (Result: exit-code)" + since;
            case ACTIVATING -> "activating (start)" + since;
            default -> "inactive (dead)" + since;
        };
        sb.append("     Active: ").append(active).append('\n');
        if (rt.state() == ActiveState.INACTIVE && rt.conditionFailedAt() > 0 && u.conditionPathExists() != null) {
            sb.append("  Condition: start condition failed at ").append(stamp(rt.conditionFailedAt())).append("; ")
                    .append(ago(now - rt.conditionFailedAt())).append('\n');
            sb.append("             \u2514\u2500 ConditionPathExists=").append(u.conditionPathExists()).append(" was not met\n");
        }
        List<String> docs = u.docs();
        for (int i = 0; i < docs.size(); i++) {
            sb.append(i == 0 ? "       Docs: " : "             ").append(docs.get(i)).append('\n');
        }
        if (rt.state() == ActiveState.FAILED) {
            String code = "(code=exited, status=" + ExitStatus.describe(rt.exitStatus()) + ")";
            if ("control".equals(rt.failedProcess())) {
                sb.append("    Process: ").append(rt.mainPid()).append(' ').append("ExecStart=").append(u.execStart())
                        .append(' ').append(code).append('\n');
            } else {
                sb.append("   Main PID: ").append(rt.mainPid()).append(' ').append(code).append('\n');
            }
            sb.append("        CPU: ").append(rt.cpuMillis()).append("ms\n");
        } else if (rt.state() == ActiveState.ACTIVE) {
            if ("exited".equals(rt.subState())) {
                sb.append("    Process: ").append(rt.mainPid()).append(" ExecStart=").append(u.execStart())
                        .append(" (code=exited, status=0/SUCCESS)\n");
                sb.append("   Main PID: ").append(rt.mainPid()).append(" (code=exited, status=0/SUCCESS)\n");
                sb.append("        CPU: ").append(rt.cpuMillis()).append("ms\n");
            } else {
                sb.append("   Main PID: ").append(rt.mainPid()).append(" (").append(u.processName()).append(")\n");
                sb.append("      Tasks: ").append(Math.max(1, u.tasks())).append(" (limit: ").append(taskLimit(host)).append(")\n");
                sb.append("        CPU: ").append(rt.cpuMillis()).append("ms\n");
                sb.append("     CGroup: /system.slice/").append(u.fullName()).append('\n');
                sb.append("             \u2514\u2500").append(rt.mainPid()).append(' ').append(u.execStart()
                        .replaceAll(" \\$[A-Z_]+", "")).append('\n');
            }
        } else if (rt.mainPid() > 0 && rt.sinceMillis() > 0) {
            sb.append("   Main PID: ").append(rt.mainPid()).append(" (code=exited, status=0/SUCCESS)\n");
            sb.append("        CPU: ").append(rt.cpuMillis()).append("ms\n");
        }
        if (withLog) {
            List<JournalEntry> entries = host.journal().forUnit(u.name());
            if (!entries.isEmpty()) {
                sb.append('\n');
                for (JournalEntry e : entries.subList(Math.max(0, entries.size() - LOG_LINES), entries.size())) {
                    sb.append(Journal.format(e)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String stamp(long millis) {
        return STAMP.format(Instant.ofEpochMilli(millis));
    }

    /** systemd's relative time: "3s ago", "1min 29s ago", "5min ago", "1h 5min ago", "2 days ago". */
    static String ago(long millis) {
        long s = Math.max(0, millis / 1000);
        if (s < 60) {
            return s + "s ago";
        }
        long m = s / 60;
        if (m < 60) {
            return s % 60 == 0 || m >= 10 ? m + "min ago" : m + "min " + (s % 60) + "s ago";
        }
        long h = m / 60;
        if (h < 24) {
            return m % 60 == 0 ? h + "h ago" : h + "h " + (m % 60) + "min ago";
        }
        return (h / 24) + " days ago";
    }

    private static int taskLimit(Host host) {
        return (int) Math.round(host.hardware().memoryMb() * 4915.0 / 3796.0);
    }
}
