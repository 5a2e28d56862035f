package org.pilab.node.net;

import java.util.Optional;

import org.pilab.node.Host;

/**
 * The path an ICMP echo request takes: out of the interface ping is bound to ({@code -I}) or the
 * first one with an address, to the up host that owns the target address or to the router,
 * which answers pings on the lab LAN although it runs no service a host could log in to.
 *
 * @param kind  the verdict, as {@link Reachability} words it
 * @param via   the sender's interface (null for LOCAL and when it has no address)
 * @param peer  the interface that answers (null unless REACHABLE)
 */
public record EchoPath(Reachability.Kind kind, NetInterface via, NetInterface peer) {

    /**
     * @param bound the interface named by {@code ping -I}, or null to let routing choose
     */
    public static EchoPath find(Host from, String address, NetInterface bound) {
        if (address.startsWith("127.") || from.addresses().contains(address)) {
            return new EchoPath(Reachability.Kind.LOCAL, null, null);
        }
        Optional<NetInterface> via = bound != null
                ? Optional.of(bound).filter(NetInterface::hasAddress)
                : from.interfaces().stream().filter(NetInterface::hasAddress).findFirst();
        if (via.isEmpty() || !from.isUp()) {
            return new EchoPath(Reachability.Kind.NETWORK_UNREACHABLE, null, null);
        }
        NetInterface out = via.get();
        if (!Ipv4.sameSubnet(out.address(), address, out.prefix())) {
            return new EchoPath(Reachability.Kind.HOST_UNREACHABLE, out, null);
        }
        if (address.equals(DhcpServer.GATEWAY)) {
            return new EchoPath(Reachability.Kind.REACHABLE, out, from.network().router());
        }
        return from.network().endpoint(address)
                .map(e -> new EchoPath(Reachability.Kind.REACHABLE, out, e.netInterface()))
                .orElseGet(() -> new EchoPath(Reachability.Kind.HOST_UNREACHABLE, out, null));
    }
}
