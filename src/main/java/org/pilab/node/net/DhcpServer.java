package org.pilab.node.net;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The home router's DHCP server on 10.0.0.0/24: leases from .100 to .199, picked from a seeded
 * stream, remembered per MAC address (so a Pi keeps its address across reboots, as with a real
 * router).
 */
public final class DhcpServer {

    public static final String GATEWAY = "10.0.0.1";
    public static final int PREFIX = 24;
    private static final int FIRST = 100;
    private static final int POOL = 100;

    private final Map<String, String> leases = new HashMap<>();
    private final Set<String> reserved = new HashSet<>();
    private final SplittableRandom random;

    public DhcpServer(SplittableRandom random) {
        this.random = random;
        reserved.add(GATEWAY);
    }

    public String lease(String mac) {
        return leases.computeIfAbsent(mac, m -> {
            while (true) {
                String candidate = "10.0.0." + (FIRST + random.nextInt(POOL));
                if (!reserved.contains(candidate) && !leases.containsValue(candidate)) {
                    return candidate;
                }
            }
        });
    }

    /** Fixes a lease (scenario set-up: "pi01 got 10.0.0.11"). */
    public void reserve(String mac, String address) {
        leases.put(mac, address);
    }
}
