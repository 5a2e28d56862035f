package org.pilab.hardware;

import java.util.SplittableRandom;

/**
 * A node's network attachment: to the switch by cable ({@link WiredLink}) or to the access
 * point by Wi-Fi ({@link WifiLink}). Round trips are sampled from a caller-supplied seeded
 * stream (e.g. {@code RandomStreams.stream("ping.pi01")}) so runs replay.
 */
public sealed interface Link permits WiredLink, WifiLink {

    /** Sustained TCP throughput in Mb/s. */
    double throughputMbps();

    /** Mean round-trip time in milliseconds (what ping averages to). */
    double meanRttMillis();

    /** One ping round trip in milliseconds. */
    double sampleRttMillis(SplittableRandom rng);

    /** Mean time to move {@code bytes} over this link: half a round trip plus the payload. */
    default double transferMillis(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, got " + bytes);
        }
        return meanRttMillis() / 2 + bytes * 8.0 / (throughputMbps() * 1_000.0);
    }

    /**
     * Mean time to move {@code bytes} from one node to another through the switch or access
     * point: both links' latencies, at the slower link's throughput.
     */
    static double transferMillis(Link from, Link to, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, got " + bytes);
        }
        double throughput = Math.min(from.throughputMbps(), to.throughputMbps());
        return (from.meanRttMillis() + to.meanRttMillis()) / 2
                + bytes * 8.0 / (throughput * 1_000.0);
    }
}
