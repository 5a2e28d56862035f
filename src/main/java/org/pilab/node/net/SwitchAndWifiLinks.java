package org.pilab.node.net;

import java.util.SplittableRandom;

/**
 * Default link figures: a gigabit switch gives ~0.17 ms round trips with little jitter; a Pi 4
 * on 5 GHz Wi-Fi ~1.8 ms one way on average with a long tail (p99.9 ~11 ms). Power saving is
 * assumed off.
 */
public final class SwitchAndWifiLinks implements LinkModel {

    private static final double WIRED_RTT_MS = 0.17;
    private static final double WIRED_JITTER_MS = 0.012;
    private static final double WIFI_ONE_WAY_MS = 1.8;

    @Override
    public double roundTripMillis(InterfaceKind from, InterfaceKind to, SplittableRandom random) {
        double rtt = 0;
        rtt += leg(from, random);
        rtt += leg(to, random);
        return rtt;
    }

    private static double leg(InterfaceKind kind, SplittableRandom random) {
        if (kind == InterfaceKind.ETHERNET) {
            double j = (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 2 * WIRED_JITTER_MS;
            return Math.max(0.06, WIRED_RTT_MS / 2 + j);
        }
        // exponential tail around the mean one-way delay, both directions of the radio hop
        double base = 0.9;
        double tail = -Math.log(1 - random.nextDouble()) * (WIFI_ONE_WAY_MS - base);
        return 2 * (base + tail);
    }
}
