package org.pilab.hardware;

import java.util.SplittableRandom;

/**
 * Gigabit Ethernet through an unmanaged switch: ~0.17 ms round trip, the board's measured
 * throughput (939 Mb/s on a Pi 4, ~253 Mb/s on a Pi 3B+ whose Ethernet sits on USB 2.0).
 */
public record WiredLink(PiModel model) implements Link {

    /** Facts file: wired round trip through a gigabit switch. */
    public static final double MEAN_RTT_MILLIS = 0.17;
    /** Estimate: small spread of switched-LAN pings. */
    private static final LogNormalLatency RTT =
            LogNormalLatency.fromMeanAndP999(MEAN_RTT_MILLIS, 0.40);

    public WiredLink {
        if (!model.network().hasEthernet()) {
            throw new IllegalArgumentException(model.displayName() + " has no Ethernet port:"
                    + " use a WifiLink (or a USB Ethernet adapter)");
        }
    }

    @Override
    public double throughputMbps() {
        return model.network().ethernetMbps();
    }

    @Override
    public double meanRttMillis() {
        return RTT.mean();
    }

    @Override
    public double sampleRttMillis(SplittableRandom rng) {
        return RTT.sample(rng);
    }
}
