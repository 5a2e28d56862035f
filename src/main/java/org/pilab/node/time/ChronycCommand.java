package org.pilab.node.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * chronyc [-n] tracking|sources: what the running chronyd reports. Asking polls first, so the
 * answer reflects sources that came up or went away since chronyd last looked.
 */
public final class ChronycCommand implements Command {

    private static final DateTimeFormatter REF = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public int run(Invocation inv) {
        Host h = inv.host();
        List<String> args = new ArrayList<>(inv.args());
        boolean numeric = args.remove("-n");
        if (!h.services().isActive("chrony")) {
            inv.err().println("506 Cannot talk to daemon");
            return 1;
        }
        String verb = args.isEmpty() ? "tracking" : args.get(0);
        ChronyDaemon.poll(h);
        Optional<ChronyRuntime> rt = ChronySources.runtime(h);
        if (verb.equals("sources")) {
            return sources(inv, h, rt, numeric);
        }
        if (!verb.equals("tracking")) {
            inv.err().println("Unrecognized command");
            return 1;
        }
        if (!h.clockSynchronized() || rt.isEmpty() || rt.get().selectedName() == null) {
            unsynchronised(inv);
            return 0;
        }
        ChronySources.SourceState sel = ChronySources.evaluate(h, rt.get().config()).stream()
                .filter(s -> s.source().name().equals(rt.get().selectedName())).findFirst().orElse(null);
        String address = sel != null && sel.address() != null ? sel.address() : "10.0.0.1";
        String name = sel != null ? ChronySources.displayName(h, sel, numeric) : address;
        inv.out().println("Reference ID    : " + ChronySources.referenceId(address) + " (" + name + ")");
        inv.out().println("Stratum         : " + rt.get().stratum());
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

    /**
     * One line per source: {@code ^*} selected, {@code ^+} combined with it, {@code ^-} usable but
     * left out (a {@code prefer} source is followed alone), {@code ^?} no usable answer.
     */
    private static int sources(Invocation inv, Host h, Optional<ChronyRuntime> rt, boolean numeric) {
        inv.out().println("MS Name/IP address         Stratum Poll Reach LastRx Last sample");
        inv.out().println("===============================================================================");
        if (rt.isEmpty()) {
            return 0;
        }
        boolean answered = h.network().simulator().now() >= rt.get().firstPollAtMillis();
        List<ChronySources.SourceState> states = ChronySources.evaluate(h, rt.get().config());
        Optional<ChronySources.SourceState> sel = ChronySources.select(states);
        for (ChronySources.SourceState st : states) {
            String name = ChronySources.displayName(h, st, numeric);
            if (name.length() > 27) {
                name = name.substring(0, 27);
            }
            char state;
            if (!answered || !st.usable()) {
                state = '?';
            } else if (sel.isPresent() && sel.get() == st) {
                state = '*';
            } else {
                state = sel.isPresent() && sel.get().source().prefer() ? '-' : '+';
            }
            if (state == '?') {
                inv.out().println(String.format(Locale.ROOT, "^? %-27s %3d %3d %5o %5s %s", name, 0, 6, 0, "-",
                        "    +0ns[   +0ns] +/-    0ns"));
            } else {
                inv.out().println(String.format(Locale.ROOT, "^%c %-27s %3d %3d %5o %5d %s", state, name, st.stratum(), 6, 017,
                        st.internet() ? 12 : 5, st.internet() ? "   +21us[  +35us] +/-   12ms" : "   -12us[  -19us] +/-   18ms"));
            }
        }
        return 0;
    }

    private static void unsynchronised(Invocation inv) {
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
    }
}
