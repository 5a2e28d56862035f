package org.pilab.node.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** timedatectl [status]: shows whether the clock is synchronized (a Pi has no RTC). */
public final class TimedatectlCommand implements Command {

    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public int run(Invocation inv) {
        Host h = inv.host();
        if (!inv.args().isEmpty() && !inv.args().get(0).equals("status")) {
            if (inv.args().get(0).equals("set-ntp") || inv.args().get(0).equals("set-timezone")) {
                if (!inv.session().isRoot()) {
                    inv.err().println("Failed to set ntp: Interactive authentication required.");
                    return 1;
                }
                return 0;
            }
            inv.err().println("Unknown command verb " + inv.args().get(0) + ".");
            return 1;
        }
        String now = F.format(Instant.ofEpochMilli(h.clockMillis()));
        boolean ntp = h.services().isActive("chrony") || h.services().isActive("systemd-timesyncd");
        inv.out().println("               Local time: " + now);
        inv.out().println("           Universal time: " + now);
        inv.out().println("                 RTC time: " + (h.hardware().isRaspberryPi() ? "n/a" : now.substring(4, 23)));
        inv.out().println("                Time zone: Etc/UTC (UTC, +0000)");
        inv.out().println("System clock synchronized: " + (h.clockSynchronized() ? "yes" : "no"));
        inv.out().println("              NTP service: " + (ntp ? "active" : "inactive"));
        inv.out().println("          RTC in local TZ: no");
        return 0;
    }
}
