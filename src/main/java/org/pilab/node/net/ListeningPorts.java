package org.pilab.node.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pilab.node.Host;

/**
 * The TCP ports a host listens on, derived from its running units: sshd 22, rpcbind 111,
 * nfsd 2049, slurmctld 6817, slurmd 6818 (SLURM's defaults).
 */
public final class ListeningPorts {

    /** A listening socket: port and the process behind it. */
    public record Listener(int port, String unit, String process) {
    }

    private static final Map<String, Integer> PORTS = Map.of("ssh", 22, "nfs-server", 2049, "slurmctld", 6817,
            "slurmd", 6818);

    private ListeningPorts() {
    }

    public static List<Listener> of(Host host) {
        List<Listener> out = new ArrayList<>();
        if (!host.isUp()) {
            return out;
        }
        if (host.packages().isInstalled("rpcbind")) {
            out.add(new Listener(111, "rpcbind", "rpcbind"));
        }
        for (var e : PORTS.entrySet()) {
            host.services().unit(e.getKey()).ifPresent(u -> {
                var rt = host.services().runtime(u.name());
                if (rt.isActive()) {
                    out.add(new Listener(e.getValue(), u.name(), u.processName()));
                }
            });
        }
        out.sort((a, b) -> Integer.compare(a.port(), b.port()));
        return out;
    }

    public static boolean listening(Host host, int port) {
        return of(host).stream().anyMatch(l -> l.port() == port);
    }
}
