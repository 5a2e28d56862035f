package org.pilab.node.net;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.Network;

/**
 * Whether a packet from a host reaches an address on the lab LAN: the sender needs an address
 * (else "Network is unreachable"), and some up host must own the target address with its
 * link present (else ARP fails: "Destination Host Unreachable" / "No route to host").
 */
public final class Reachability {

    public enum Kind { LOCAL, REACHABLE, HOST_UNREACHABLE, NETWORK_UNREACHABLE }

    /** The verdict, with the sender's interface and the target endpoint when reachable. */
    public record Result(Kind kind, NetInterface via, Network.Endpoint target) {
    }

    private Reachability() {
    }

    public static Result check(Host from, String address) {
        if (address.startsWith("127.")) {
            return new Result(Kind.LOCAL, null, null);
        }
        if (from.addresses().contains(address)) {
            return new Result(Kind.LOCAL, null, null);
        }
        Optional<NetInterface> via = from.interfaces().stream().filter(NetInterface::hasAddress).findFirst();
        if (via.isEmpty() || !from.isUp()) {
            return new Result(Kind.NETWORK_UNREACHABLE, null, null);
        }
        Optional<Network.Endpoint> target = from.network().endpoint(address);
        if (target.isPresent() && Ipv4.sameSubnet(via.get().address(), address, via.get().prefix())) {
            return new Result(Kind.REACHABLE, via.get(), target.get());
        }
        return new Result(Kind.HOST_UNREACHABLE, via.get(), null);
    }
}
