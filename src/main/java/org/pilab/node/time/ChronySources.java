package org.pilab.node.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.net.Ipv4;
import org.pilab.node.net.Reachability;
import org.pilab.node.net.Resolver;

/**
 * How a running chronyd sees its sources right now. A source on the lab LAN counts only if
 * that host runs chronyd whose {@code allow} covers this client and which has time to give
 * (synchronised itself, or {@code local stratum N}); a name outside the lab is an internet
 * server reached through the router (stratum 2). The preferred usable source is selected,
 * else the one with the lowest stratum.
 */
public final class ChronySources {

    /** Stratum the lab's internet time servers report. */
    static final int INTERNET_STRATUM = 2;

    /** One row of {@code chronyc sources}. */
    public record SourceState(ChronyConfig.Source source, String address, Host server, int stratum, boolean usable) {

        boolean internet() {
            return server == null && usable;
        }
    }

    private ChronySources() {
    }

    /** The running chronyd's configuration, if it is running. */
    static Optional<ChronyRuntime> runtime(Host host) {
        if (!host.isUp() || !host.services().isActive("chrony")) {
            return Optional.empty();
        }
        return host.attachment(ChronyRuntime.class).filter(r -> r.pid() == host.services().runtime("chrony").mainPid());
    }

    public static List<SourceState> evaluate(Host host, ChronyConfig config) {
        List<SourceState> out = new ArrayList<>();
        for (ChronyConfig.Source s : config.sources()) {
            out.add(evaluate(host, s));
        }
        return out;
    }

    private static SourceState evaluate(Host host, ChronyConfig.Source s) {
        Optional<String> address = Resolver.resolve(host, s.name());
        boolean hasLink = !host.addresses().isEmpty();
        if (address.isEmpty()) {
            // not a lab name: an internet server, reached through the router when this host is online
            boolean lab = s.name().endsWith(".local") || !s.name().contains(".");
            boolean usable = hasLink && !lab;
            return new SourceState(s, null, null, usable ? INTERNET_STRATUM : 0, usable);
        }
        Reachability.Result r = Reachability.check(host, address.get());
        if (r.kind() != Reachability.Kind.REACHABLE) {
            return new SourceState(s, address.get(), null, 0, false);
        }
        Host server = r.target().host();
        Optional<ChronyRuntime> rt = runtime(server);
        String client = r.via().address();
        if (rt.isEmpty() || !rt.get().config().serves(client)) {
            return new SourceState(s, address.get(), server, 0, false);
        }
        int stratum;
        if (server.clockSynchronized() && rt.get().stratum() > 0) {
            stratum = rt.get().stratum();
        } else if (rt.get().config().localStratum().isPresent()) {
            stratum = rt.get().config().localStratum().getAsInt();
        } else {
            return new SourceState(s, address.get(), server, 0, false);
        }
        return new SourceState(s, address.get(), server, stratum, true);
    }

    /** The source chronyd would select: a usable {@code prefer} source first, else the lowest stratum. */
    public static Optional<SourceState> select(List<SourceState> states) {
        return states.stream().filter(SourceState::usable)
                .min(Comparator.comparing((SourceState st) -> !st.source().prefer()).thenComparingInt(SourceState::stratum));
    }

    /** How chronyc names a source: the /etc/hosts name of its address, else the address or configured name. */
    static String displayName(Host host, SourceState st, boolean numeric) {
        if (st.address() == null) {
            return st.source().name();
        }
        if (!numeric) {
            for (String line : host.fs().readOr("/etc/hosts", "").split("\n")) {
                String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                String[] f = l.trim().split("\\s+");
                if (f.length >= 2 && f[0].equals(st.address())) {
                    return f[1];
                }
            }
        }
        return st.address();
    }

    /** chronyc's Reference ID: the IPv4 address as 8 hex digits. */
    static String referenceId(String address) {
        return String.format(Locale.ROOT, "%08X", Ipv4.toLong(address));
    }
}
