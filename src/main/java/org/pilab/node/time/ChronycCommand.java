package org.pilab.node.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** chronyc tracking / sources: what chronyd reports once it has (or has not) synchronised. */
public final class ChronycCommand implements Command {

    private static final DateTimeFormatter REF = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public int run(Invocation inv) {
        Host h = inv.host();
        if (!h.services().isActive("chrony")) {
            inv.err().println("506 Cannot talk to daemon");
            return 1;
        }
        String verb = inv.args().isEmpty() ? "tracking" : inv.args().get(0);
        boolean synced = h.clockSynchronized();
        if (verb.equals("sources")) {
            inv.out().println("MS Name/IP address         Stratum Poll Reach LastRx Last sample");
            inv.out().println("===============================================================================");
            inv.out().println(synced ? "^* 10.0.0.1                      2   6    17    12    +21us[  +35us] +/-   12ms"
                    : "^? 10.0.0.1                      0   6     0     -     +0ns[   +0ns] +/-    0ns");
            return 0;
        }
        if (!verb.equals("tracking")) {
            inv.err().println("Unrecognized command");
            return 1;
        }
        if (!synced) {
            inv.out().println("Reference ID    : 00000000 ()");
            inv.out().println("Stratum         : 0");
            inv.out().println("Ref time (UTC)  : Thu Jan 01 00:00:00 1970");
            inv.out().println("System time     : 0.000000000 seconds fast of NTP time");
            inv.out().println("Last offset     : +0.000000000 seconds");
            inv.out().println("RMS offset      : 0.000000000 seconds");
            inv.out().println("Frequency       : 0.000 ppm slow");
            inv.out().println("Residual freq   : +0.000 ppm");
            inv.out().println("Skew            : 0.000 ppm");
            inv.out().println("Root delay      : 1.000000000 seconds");
            inv.out().println("Root dispersion : 1.000000000 seconds");
            inv.out().println("Update interval : 0.0 seconds");
            inv.out().println("Leap status     : Not synchronised");
            return 0;
        }
        inv.out().println("Reference ID    : 0A000001 (10.0.0.1)");
        inv.out().println("Stratum         : 3");
        inv.out().println("Ref time (UTC)  : " + REF.format(Instant.ofEpochMilli(h.clockMillis() - 12_000)));
        inv.out().println("System time     : 0.000012437 seconds fast of NTP time");
        inv.out().println("Last offset     : -0.000004211 seconds");
        inv.out().println("RMS offset      : 0.000021308 seconds");
        inv.out().println("Frequency       : 2.345 ppm slow");
        inv.out().println("Residual freq   : -0.001 ppm");
        inv.out().println("Skew            : 0.052 ppm");
        inv.out().println("Root delay      : 0.012345678 seconds");
        inv.out().println("Root dispersion : 0.000456789 seconds");
        inv.out().println("Update interval : 64.2 seconds");
        inv.out().println("Leap status     : Normal");
        return 0;
    }
}
