package org.pilab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] draw(SplittableRandom rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Test
    void sameMasterSeedAndNameGiveTheSameSequence() {
        long[] a = draw(new RandomStreams(1234).stream("jobs"), 100);
        long[] b = draw(new RandomStreams(1234).stream("jobs"), 100);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
    }

    @Test
    void aStreamIsIndependentOfWhichOtherStreamsExistOrWhenTheyWereCreated() {
        RandomStreams first = new RandomStreams(77);
        long[] jobsAlone = draw(first.stream("jobs"), 50);

        RandomStreams second = new RandomStreams(77);
        draw(second.stream("wifi.pi01"), 1_000); // created and used before "jobs"
        second.stream("thermal");
        long[] jobsAfterOthers = draw(second.stream("jobs"), 50);

        assertEquals(java.util.Arrays.toString(jobsAlone), java.util.Arrays.toString(jobsAfterOthers));
    }

    @Test
    void differentNamesAndDifferentMasterSeedsDiffer() {
        RandomStreams streams = new RandomStreams(5);
        assertNotEquals(streams.seedFor("pi01"), streams.seedFor("pi02"));
        assertNotEquals(new RandomStreams(5).seedFor("x"), new RandomStreams(6).seedFor("x"));
    }

    @Test
    void streamReturnsTheSameContinuingGenerator() {
        RandomStreams streams = new RandomStreams(3);
        SplittableRandom s = streams.stream("a");
        assertSame(s, streams.stream("a"));
        long firstDraw = streams.freshStream("a").nextLong();
        assertEquals(firstDraw, s.nextLong());
        assertNotEquals(firstDraw, streams.stream("a").nextLong(), "stream(...) continues");
    }

    @Test
    void namesMustBeNonEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1).stream(""));
    }

    @Test
    void seedsOfManyNamesDoNotCollide() {
        RandomStreams streams = new RandomStreams(0);
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seeds.add(streams.seedFor("pi" + i));
        }
        assertEquals(10_000, seeds.size());
    }
}
