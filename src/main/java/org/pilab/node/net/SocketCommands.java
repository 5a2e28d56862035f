package org.pilab.node.net;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.shell.Invocation;

/** ss -tln, nc -zv HOST PORT and getent: the tools for "is it listening, can I reach it". */
public final class SocketCommands {

    private SocketCommands() {
    }

    public static int ss(Invocation inv) {
        Host h = inv.host();
        boolean processes = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("p"));
        inv.out().println("State  Recv-Q Send-Q Local Address:Port Peer Address:Port" + (processes ? "Process" : ""));
        for (ListeningPorts.Listener l : ListeningPorts.of(h)) {
            String proc = processes && inv.session().isRoot()
                    ? "users:((\"" + l.process() + "\",pid=" + h.services().runtime(l.unit()).mainPid() + ",fd=3))" : "";
            inv.out().println(String.format(Locale.ROOT, "LISTEN 0      128          0.0.0.0:%-5d      0.0.0.0:*    %s",
                    l.port(), proc).stripTrailing());
        }
        return 0;
    }

    /** nc -z[v] HOST PORT (netcat-openbsd's messages). */
    public static int nc(Invocation inv) {
        List<String> ops = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        boolean verbose = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("v"));
        if (ops.size() < 2 || !ops.get(1).matches("\\d+")) {
            inv.err().println("usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]");
            inv.err().println("\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]");
            inv.err().println("\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]");
            inv.err().println("\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]");
            inv.err().println("\t  [destination] [port]");
            return 1;
        }
        String target = ops.get(0);
        int port = Integer.parseInt(ops.get(1));
        Optional<String> address = Resolver.resolve(inv.host(), target);
        if (address.isEmpty()) {
            inv.err().println("nc: getaddrinfo for host \"" + target + "\" port " + port + ": Name or service not known");
            return 1;
        }
        Reachability.Result r = Reachability.check(inv.host(), address.get());
        Host remote = r.kind() == Reachability.Kind.LOCAL ? inv.host()
                : r.kind() == Reachability.Kind.REACHABLE ? r.target().host() : null;
        String service = switch (port) {
            case 22 -> "ssh";
            case 111 -> "sunrpc";
            case 2049 -> "nfs";
            default -> "*";
        };
        if (remote == null) {
            inv.err().println("nc: connect to " + target + " port " + port + " (tcp) failed: No route to host");
            return 1;
        }
        if (!ListeningPorts.listening(remote, port)) {
            inv.err().println("nc: connect to " + target + " port " + port + " (tcp) failed: Connection refused");
            return 1;
        }
        if (verbose) {
            inv.err().println("Connection to " + target + " (" + address.get() + ") " + port + " port [tcp/" + service + "] succeeded!");
        }
        return 0;
    }

    /** getent hosts NAME | getent passwd USER | getent group GROUP. */
    public static int getent(Invocation inv) {
        List<String> a = inv.args();
        if (a.size() < 2) {
            inv.err().println("Usage: getent [OPTION...] database [key ...]");
            return 1;
        }
        Host h = inv.host();
        String key = a.get(1);
        switch (a.get(0)) {
            case "hosts", "ahosts" -> {
                Optional<String> ip = Resolver.resolve(h, key);
                if (ip.isEmpty()) {
                    return 2;
                }
                inv.out().println(String.format(Locale.ROOT, "%-15s %s", ip.get(), key));
                return 0;
            }
            case "passwd" -> {
                return h.accounts().user(key).map(u -> {
                    inv.out().println(u.passwdLine());
                    return 0;
                }).orElse(2);
            }
            case "group" -> {
                return h.accounts().group(key).map(g -> {
                    inv.out().println(g.groupLine());
                    return 0;
                }).orElse(2);
            }
            default -> {
                inv.err().println("Unknown database: " + a.get(0));
                inv.err().println("Try `getent --help' or `getent --usage' for more information.");
                return 1;
            }
        }
    }
}
