package org.pilab.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pilab.sim.RandomStreams;
import org.pilab.sim.Tally;

class LinkTest {

    private static final Catalogue CATALOGUE = Catalogue.load();

    @Test
    void wiredThroughputFollowsTheBoard() {
        assertEquals(939.0, new WiredLink(CATALOGUE.model("pi4-4gb")).throughputMbps());
        assertEquals(253.0, new WiredLink(CATALOGUE.model("pi3bplus")).throughputMbps());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WiredLink(CATALOGUE.model("zero2w")));
        assertTrue(e.getMessage().contains("no Ethernet"), e.getMessage());
    }

    @Test
    void transferTimeIsLatencyPlusPayload() {
        Link pi4 = new WiredLink(CATALOGUE.model("pi4-4gb"));
        long bytes = 1_000_000_000L;
        double expected = 0.17 / 2 + bytes * 8 / 939e3;
        assertEquals(expected, pi4.transferMillis(bytes), 1e-6);
        assertEquals(0.085, pi4.transferMillis(0), 1e-9);
        Link pi3 = new WiredLink(CATALOGUE.model("pi3bplus"));
        assertEquals((0.17 + 0.17) / 2 + bytes * 8 / 253e3, Link.transferMillis(pi4, pi3, bytes),
                1e-6, "the slower end sets the pace");
    }

    @Test
    void wiredPingsAverageAboutAFifthOfAMillisecond() {
        Link link = new WiredLink(CATALOGUE.model("pi4-4gb"));
        SplittableRandom rng = new RandomStreams(1).stream("ping.pi01");
        Tally t = new Tally("rtt");
        for (int i = 0; i < 50_000; i++) {
            t.add(link.sampleRttMillis(rng));
        }
        assertEquals(0.17, t.mean(), 0.005);
        assertTrue(t.min() > 0);
    }

    @Test
    void wifiLatencyMatchesTheMeasuredMeanAndTail() {
        LogNormalLatency idle = LogNormalLatency.fromMeanAndP999(1.8, 11);
        assertEquals(1.8, idle.mean(), 1e-9);
        assertEquals(11, idle.percentile999(), 1e-9);
        Link wifi = new WifiLink(CATALOGUE.model("pi4-4gb"), false, false);
        SplittableRandom rng = new RandomStreams(2).stream("ping.pi02");
        Tally t = new Tally("rtt", true);
        for (int i = 0; i < 200_000; i++) {
            t.add(wifi.sampleRttMillis(rng));
        }
        assertEquals(3.6, t.mean(), 0.1, "two one-way trips of 1.8 ms");
        assertTrue(t.percentile(99.9) > 8 && t.percentile(99.9) < 25, "p99.9 " + t.percentile(99.9));
        Link busy = new WifiLink(CATALOGUE.model("pi4-4gb"), true, false);
        assertEquals(5.8, busy.meanRttMillis(), 1e-9);
    }

    @Test
    void powerSavingAddsATenthOfASecondToASecond() {
        Link wifi = new WifiLink(CATALOGUE.model("pi4-4gb"), false, true);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            double rtt = wifi.sampleRttMillis(rng);
            assertTrue(rtt >= 100 && rtt < 1_100, "rtt " + rtt);
        }
    }

    @Test
    void samplesReplayFromTheSameSeed() {
        Link wifi = new WifiLink(CATALOGUE.model("pi5-4gb"), false, false);
        SplittableRandom a = new RandomStreams(9).stream("ping.pi03");
        SplittableRandom b = new RandomStreams(9).stream("ping.pi03");
        for (int i = 0; i < 100; i++) {
            assertEquals(wifi.sampleRttMillis(a), wifi.sampleRttMillis(b));
        }
    }
}
