package org.pilab.node.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/**
 * iputils ping: one line per reply with the link model's round trip, the statistics block,
 * "Destination Host Unreachable" from the sender when nobody answers ARP, and
 * "Name or service not known" for names it cannot resolve. Each packet takes one virtual
 * second. Without {@code -c} it stops after 4 packets (there is no Ctrl-C here). {@code -I wlan0}
 * (or a source address) binds to that interface, so the Wi-Fi and the wired round trips to the
 * same peer can be compared; the router 10.0.0.1 answers too.
 */
public final class PingCommand implements Command {

    private static final int DEFAULT_COUNT = 4;

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "4qn", "cWiwI", Set.of());
        if (!f.ok() || f.operands().isEmpty()) {
            if (!f.ok()) {
                inv.err().println(f.error("ping"));
            } else {
                inv.err().println("ping: usage error: Destination address required");
                return 1;
            }
            return 2;
        }
        int count;
        try {
            count = Integer.parseInt(f.value('c', Integer.toString(DEFAULT_COUNT)));
        } catch (NumberFormatException e) {
            inv.err().println("ping: invalid argument: '" + f.value('c', "") + "'");
            return 1;
        }
        String target = f.operands().get(0);
        Host h = inv.host();
        Optional<String> address = Resolver.resolve(h, target);
        if (address.isEmpty()) {
            inv.err().println("ping: " + target + ": " + (h.addresses().isEmpty() && !target.endsWith(".local")
                    ? "Temporary failure in name resolution" : "Name or service not known"));
            return 2;
        }
        String ip = address.get();
        String bind = f.value('I', null);
        NetInterface bound = null;
        if (bind != null) {
            Optional<NetInterface> chosen = Ipv4.isAddress(bind)
                    ? h.interfaces().stream().filter(i -> i.hasAddress() && i.address().equals(bind)).findFirst()
                    : h.netInterface(bind);
            if (chosen.isEmpty()) {
                // iputils binds the socket first: an unknown device or a foreign source address fails there
                inv.err().println(Ipv4.isAddress(bind) ? "ping: bind: Cannot assign requested address"
                        : "ping: SO_BINDTODEVICE " + bind + ": No such device");
                return 2;
            }
            bound = chosen.get();
        }
        EchoPath r = EchoPath.find(h, ip, bound);
        if (r.kind() == Reachability.Kind.NETWORK_UNREACHABLE) {
            inv.err().println("ping: connect: Network is unreachable");
            return 2;
        }
        boolean named = !Ipv4.isAddress(target);
        String source = bind == null ? ""
                : "from " + (r.via() != null ? r.via().address() : "127.0.0.1") + " " + (Ipv4.isAddress(bind) ? "" : bind) + ": ";
        inv.out().println("PING " + target + " (" + ip + ") " + source + "56(84) bytes of data.");
        String from = named ? target + " (" + ip + ")" : ip;
        SplittableRandom rnd = h.random("ping");
        List<Double> times = new ArrayList<>();
        int errors = 0;
        for (int seq = 1; seq <= count; seq++) {
            if (r.kind() == Reachability.Kind.LOCAL) {
                double t = 0.03 + rnd.nextDouble() * 0.02;
                times.add(t);
                inv.out().println("64 bytes from " + from + ": icmp_seq=" + seq + " ttl=64 time=" + rtt(t) + " ms");
            } else if (r.kind() == Reachability.Kind.REACHABLE) {
                double t = h.network().links().roundTripMillis(r.via(), r.peer(), rnd);
                times.add(t);
                inv.out().println("64 bytes from " + from + ": icmp_seq=" + seq + " ttl=64 time=" + rtt(t) + " ms");
            } else {
                errors++;
                if (seq % 3 == 0 || seq == count) {
                    // the kernel reports unanswered ARP in batches of three
                    for (int k = seq - ((seq - 1) % 3); k <= seq; k++) {
                        inv.out().println("From " + r.via().address() + " icmp_seq=" + k + " Destination Host Unreachable");
                    }
                }
            }
            if (seq < count) {
                h.network().advance(1000);
            }
        }
        inv.out().println();
        inv.out().println("--- " + target + " ping statistics ---");
        long elapsed = (count - 1) * 1000L + (times.isEmpty() ? 30 : 2);
        int received = times.size();
        int loss = (int) Math.round(100.0 * (count - received) / count);
        if (errors > 0) {
            inv.out().println(count + " packets transmitted, " + received + " received, +" + errors + " errors, " + loss
                    + "% packet loss, time " + elapsed + "ms");
            inv.out().println("pipe " + Math.min(3, count));
            return 1;
        }
        inv.out().println(count + " packets transmitted, " + received + " received, " + loss + "% packet loss, time " + elapsed + "ms");
        double min = times.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double avg = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = times.stream().mapToDouble(t -> (t - avg) * (t - avg)).average().orElse(0);
        inv.out().println(String.format(Locale.ROOT, "rtt min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms", min, avg, max, Math.sqrt(var)));
        return 0;
    }

    /** iputils prints three significant digits: 0.171, 1.84, 12.3, 123. */
    static String rtt(double ms) {
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.3f", ms);
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.2f", ms);
        }
        if (ms < 100) {
            return String.format(Locale.ROOT, "%.1f", ms);
        }
        return String.format(Locale.ROOT, "%.0f", ms);
    }
}
