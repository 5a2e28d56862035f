package org.pilab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void tallyMomentsMatchADirectComputation() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] xs = new double[1_000];
        Tally tally = new Tally("wait", true);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = rng.nextDouble() * 100 - 20;
            tally.add(xs[i]);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        assertEquals(xs.length, tally.count());
        assertEquals(mean, tally.mean(), 1e-9);
        assertEquals(ss / (xs.length - 1), tally.variance(), 1e-7);
        assertEquals(min, tally.min());
        assertEquals(max, tally.max());
        double[] sorted = xs.clone();
        java.util.Arrays.sort(sorted);
        assertEquals(sorted[0], tally.percentile(0));
        assertEquals(sorted[sorted.length - 1], tally.percentile(100));
    }

    @Test
    void percentileInterpolatesBetweenRanks() {
        Tally t = new Tally("t", true);
        for (double v : new double[] {4, 1, 3, 2}) {
            t.add(v);
        }
        assertEquals(2.5, t.percentile(50), 1e-12);
        assertEquals(1.75, t.percentile(25), 1e-12);
    }

    @Test
    void emptyAndUnstoredTalliesSayWhy() {
        Tally t = new Tally("t");
        assertTrue(Double.isNaN(t.mean()));
        t.add(1);
        assertTrue(Double.isNaN(t.variance()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.percentile(50));
        assertTrue(e.getMessage().contains("keeps no values"));
    }

    @Test
    void timeWeightedMeanWeightsByDuration() {
        // 0 busy cores for 10 s, 4 for 30 s, 2 for 60 s -> (0*10 + 4*30 + 2*60) / 100 = 2.4
        TimeWeighted busy = new TimeWeighted("busy", 0, 0);
        busy.update(10_000, 4);
        busy.update(25_000, 4); // same value again: no effect on the mean
        busy.update(40_000, 2);
        assertEquals(2.4, busy.mean(100_000), 1e-12);
        assertEquals(4, busy.max());
        assertEquals(0, busy.min());
    }

    @Test
    void manyUpdatesAtOneInstantCountForNoTime() {
        TimeWeighted q = new TimeWeighted("queue", 1_000, 1);
        for (int i = 0; i < 100; i++) {
            q.increment(1_000, 1);
        }
        q.update(1_000, 5);
        assertEquals(5, q.mean(3_000), 1e-12);
        assertEquals(5 * 2_000.0, q.integral(3_000), 1e-9);
    }

    @Test
    void timeWeightedRejectsGoingBackwards() {
        TimeWeighted q = new TimeWeighted("queue", 0, 0);
        q.update(50, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.update(40, 2));
        assertTrue(e.getMessage().contains("40") && e.getMessage().contains("50"));
    }
}
