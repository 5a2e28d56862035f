package org.pilab.node.net;

import java.util.List;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** {@code ip addr}, {@code ip -4 addr}, {@code ip route}, {@code ip link} in iproute2's layout. */
public final class IpCommand implements Command {

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args().stream().filter(a -> !a.equals("-4") && !a.equals("-br") && !a.equals("-c")).toList();
        String obj = args.isEmpty() ? "" : args.get(0);
        Host h = inv.host();
        if (obj.startsWith("a")) {
            addr(inv, h, inv.args().contains("-4"));
            return 0;
        }
        if (obj.startsWith("r")) {
            route(inv, h);
            return 0;
        }
        if (obj.startsWith("l")) {
            link(inv, h);
            return 0;
        }
        inv.err().println("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }");
        inv.err().println("where  OBJECT := { address | link | route | neigh | ... }");
        return 255;
    }

    private static void addr(Invocation inv, Host h, boolean v4Only) {
        inv.out().println("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000");
        if (!v4Only) {
            inv.out().println("    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00");
        }
        inv.out().println("    inet 127.0.0.1/8 scope host lo");
        inv.out().println("       valid_lft forever preferred_lft forever");
        int n = 2;
        for (NetInterface i : h.interfaces()) {
            boolean up = i.carrier();
            String flags = up ? "<BROADCAST,MULTICAST,UP,LOWER_UP>" : "<NO-CARRIER,BROADCAST,MULTICAST,UP>";
            String qdisc = i.kind() == InterfaceKind.ETHERNET ? "mq" : "pfifo_fast";
            if (!v4Only || i.hasAddress()) {
                inv.out().println(n + ": " + i.name() + ": " + flags + " mtu 1500 qdisc " + qdisc + " state " + (up ? "UP" : "DOWN")
                        + " group default qlen 1000");
                if (!v4Only) {
                    inv.out().println("    link/ether " + i.mac() + " brd ff:ff:ff:ff:ff:ff");
                }
            }
            if (i.hasAddress() && h.isUp()) {
                boolean dhcp = i.method() == AddressMethod.DHCP;
                inv.out().println("    inet " + i.address() + "/" + i.prefix() + " brd " + Ipv4.broadcast(i.address(), i.prefix())
                        + " scope global " + (dhcp ? "dynamic " : "") + "noprefixroute " + i.name());
                inv.out().println(dhcp ? "       valid_lft 86182sec preferred_lft 86182sec"
                        : "       valid_lft forever preferred_lft forever");
            }
            n++;
        }
    }

    private static void route(Invocation inv, Host h) {
        int metric = 100;
        for (NetInterface i : h.interfaces()) {
            if (!i.hasAddress() || !h.isUp()) {
                metric += 500;
                continue;
            }
            String proto = i.method() == AddressMethod.DHCP ? "dhcp" : "static";
            if (i.gateway() != null) {
                inv.out().println("default via " + i.gateway() + " dev " + i.name() + " proto " + proto + " src " + i.address()
                        + " metric " + metric + " ");
            }
            inv.out().println(Ipv4.network(i.address(), i.prefix()) + "/" + i.prefix() + " dev " + i.name()
                    + " proto kernel scope link src " + i.address() + " metric " + metric + " ");
            metric += 500;
        }
    }

    private static void link(Invocation inv, Host h) {
        inv.out().println("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000");
        inv.out().println("    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00");
        int n = 2;
        for (NetInterface i : h.interfaces()) {
            boolean up = i.carrier();
            inv.out().println(n++ + ": " + i.name() + ": " + (up ? "<BROADCAST,MULTICAST,UP,LOWER_UP>" : "<NO-CARRIER,BROADCAST,MULTICAST,UP>")
                    + " mtu 1500 qdisc " + (i.kind() == InterfaceKind.ETHERNET ? "mq" : "pfifo_fast") + " state "
                    + (up ? "UP" : "DOWN") + " mode DEFAULT group default qlen 1000");
            inv.out().println("    link/ether " + i.mac() + " brd ff:ff:ff:ff:ff:ff");
        }
    }
}
