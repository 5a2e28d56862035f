package org.pilab.node.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * iproute2 6.1's {@code ip [-4|-6] [-br] addr [show] [[dev] IFACE]}, {@code ip link [show] [[dev]
 * IFACE]} and {@code ip route}, in its layout. Objects match by prefix as ip does ({@code ip a},
 * {@code ip l}); an unknown device gets ip's {@code Device "x" does not exist.}
 */
public final class IpCommand implements Command {

    /** The options that change what is shown. */
    private record Options(boolean v4, boolean v6, boolean brief) {
    }

    @Override
    public int run(Invocation inv) {
        boolean v4 = false;
        boolean v6 = false;
        boolean brief = false;
        List<String> args = new ArrayList<>();
        for (String a : inv.args()) {
            if (!args.isEmpty() || !a.startsWith("-")) {
                args.add(a);
            } else if (a.equals("-4")) {
                v4 = true;
            } else if (a.equals("-6")) {
                v6 = true;
            } else if (a.equals("-br") || a.equals("-brief") || a.equals("--brief")) {
                brief = true;
            } else if (!List.of("-c", "-color", "--color", "-s", "-d").contains(a) && !a.startsWith("-c=") && !a.startsWith("--color=")) {
                inv.err().println("Option \"" + a + "\" is unknown, try \"ip -help\".");
                return 255;
            }
        }
        Options opt = new Options(v4, v6, brief);
        String obj = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.size() > 1 ? args.subList(1, args.size()) : List.of();
        Host h = inv.host();
        if (!obj.isEmpty() && "address".startsWith(obj)) {
            return addr(inv, h, opt, rest);
        }
        if (!obj.isEmpty() && "route".startsWith(obj)) {
            route(inv, h);
            return 0;
        }
        if (!obj.isEmpty() && "link".startsWith(obj)) {
            return link(inv, h, opt, rest);
        }
        if (obj.isEmpty()) {
            inv.err().println("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }");
            inv.err().println("where  OBJECT := { address | link | route | neigh | ... }");
            return 255;
        }
        inv.err().println("Object \"" + obj + "\" is unknown, try \"ip help\".");
        return 255;
    }

    /**
     * The device a {@code show}/{@code list} names, empty for all; null after printing the
     * error for an unknown device or command.
     */
    private static Optional<String> device(Invocation inv, Host h, List<String> rest, String object) {
        List<String> words = rest;
        if (!words.isEmpty() && ("show".startsWith(words.get(0)) || "list".startsWith(words.get(0)))) {
            words = words.subList(1, words.size());
        } else if (!words.isEmpty() && !words.get(0).equals("dev")) {
            inv.err().println("Command \"" + words.get(0) + "\" is unknown, try \"ip " + object + " help\".");
            return null;
        }
        if (!words.isEmpty() && words.get(0).equals("dev")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String name = words.get(0);
        if (!name.equals("lo") && h.netInterface(name).isEmpty()) {
            inv.err().println("Device \"" + name + "\" does not exist.");
            return null;
        }
        return Optional.of(name);
    }

    private static int addr(Invocation inv, Host h, Options opt, List<String> rest) {
        if (!rest.isEmpty() && List.of("add", "del", "delete", "flush", "change", "replace").contains(rest.get(0))) {
            if (!inv.session().isRoot()) {
                inv.err().println("RTNETLINK answers: Operation not permitted");
                return 2;
            }
            inv.err().println("ip: changing addresses by hand is not modelled in the lab; use the network profile (nmcli)");
            return 2;
        }
        Optional<String> only = device(inv, h, rest, "address");
        if (only == null) {
            return 1;
        }
        boolean showV4 = !opt.v6();
        boolean showV6 = !opt.v4();
        if (only.isEmpty() || only.get().equals("lo")) {
            loopback(inv, opt, showV4, showV6);
        }
        int n = 2;
        for (NetInterface i : h.interfaces()) {
            int index = n++;
            if (only.isPresent() && !only.get().equals(i.name())) {
                continue;
            }
            boolean v4 = showV4 && i.hasAddress() && h.isUp();
            boolean v6 = showV6 && i.carrier() && h.isUp();
            if (opt.brief()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s %-14s ", i.name(), state(i)));
                if (v4) {
                    line.append(i.address()).append('/').append(i.prefix()).append(' ');
                }
                if (v6) {
                    line.append(linkLocal(h, i)).append("/64 ");
                }
                if (!opt.v4() && !opt.v6() || v4 || v6) {
                    inv.out().println(line);
                }
                continue;
            }
            // with -4 or -6 ip lists only the interfaces that have an address of that family
            if ((opt.v4() && !v4) || (opt.v6() && !v6)) {
                continue;
            }
            inv.out().println(index + ": " + i.name() + ": " + flags(i) + " mtu 1500 qdisc " + qdisc(i) + " state " + state(i)
                    + " group default qlen 1000");
            if (!opt.v4() && !opt.v6()) {
                inv.out().println("    link/ether " + i.mac() + " brd ff:ff:ff:ff:ff:ff");
            }
            if (v4) {
                boolean dhcp = i.method() == AddressMethod.DHCP;
                inv.out().println("    inet " + i.address() + "/" + i.prefix() + " brd " + Ipv4.broadcast(i.address(), i.prefix())
                        + " scope global " + (dhcp ? "dynamic " : "") + "noprefixroute " + i.name());
                inv.out().println(dhcp ? "       valid_lft 86182sec preferred_lft 86182sec"
                        : "       valid_lft forever preferred_lft forever");
            }
            if (v6) {
                inv.out().println("    inet6 " + linkLocal(h, i) + "/64 scope link noprefixroute ");
                inv.out().println("       valid_lft forever preferred_lft forever");
            }
        }
        return 0;
    }

    private static void loopback(Invocation inv, Options opt, boolean showV4, boolean showV6) {
        if (opt.brief()) {
            inv.out().println(String.format(Locale.ROOT, "%-16s %-14s ", "lo", "UNKNOWN")
                    + (showV4 ? "127.0.0.1/8 " : "") + (showV6 ? "::1/128 " : ""));
            return;
        }
        inv.out().println("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000");
        if (!opt.v4() && !opt.v6()) {
            inv.out().println("    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00");
        }
        if (showV4) {
            inv.out().println("    inet 127.0.0.1/8 scope host lo");
            inv.out().println("       valid_lft forever preferred_lft forever");
        }
        if (showV6) {
            inv.out().println("    inet6 ::1/128 scope host ");
            inv.out().println("       valid_lft forever preferred_lft forever");
        }
    }

    /**
     * NetworkManager's stable-privacy link-local address: random-looking but fixed per host and
     * interface, so it is the same on every run of the same seed.
     */
    private static String linkLocal(Host h, NetInterface i) {
        SplittableRandom r = h.network().random().freshStream(h.id() + "/ipv6/" + i.name());
        return String.format(Locale.ROOT, "fe80::%x:%x:%x:%x", r.nextInt(0x10000), r.nextInt(0x10000), r.nextInt(0x10000),
                r.nextInt(0x10000));
    }

    private static String flags(NetInterface i) {
        return i.carrier() ? "<BROADCAST,MULTICAST,UP,LOWER_UP>" : "<NO-CARRIER,BROADCAST,MULTICAST,UP>";
    }

    private static String state(NetInterface i) {
        return i.carrier() ? "UP" : "DOWN";
    }

    private static String qdisc(NetInterface i) {
        return i.kind() == InterfaceKind.ETHERNET ? "mq" : "pfifo_fast";
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

    private static int link(Invocation inv, Host h, Options opt, List<String> rest) {
        Optional<String> only = device(inv, h, rest, "link");
        if (only == null) {
            return 1;
        }
        if (only.isEmpty() || only.get().equals("lo")) {
            if (opt.brief()) {
                inv.out().println(String.format(Locale.ROOT, "%-16s %-14s ", "lo", "UNKNOWN")
                        + "00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> ");
            } else {
                inv.out().println("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000");
                inv.out().println("    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00");
            }
        }
        int n = 2;
        for (NetInterface i : h.interfaces()) {
            int index = n++;
            if (only.isPresent() && !only.get().equals(i.name())) {
                continue;
            }
            if (opt.brief()) {
                inv.out().println(String.format(Locale.ROOT, "%-16s %-14s ", i.name(), state(i)) + i.mac() + " " + flags(i) + " ");
                continue;
            }
            inv.out().println(index + ": " + i.name() + ": " + flags(i) + " mtu 1500 qdisc " + qdisc(i) + " state " + state(i)
                    + " mode DEFAULT group default qlen 1000");
            inv.out().println("    link/ether " + i.mac() + " brd ff:ff:ff:ff:ff:ff");
        }
        return 0;
    }
}
