package org.pilab.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BacktestOverfittingTest {

    private static double[][] noise(int n, int t, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] r = new double[n][t];
        for (double[] row : r) {
            for (int i = 0; i < t; i++) {
                row[i] = 0.01 * DeflatedSharpeTest.gaussian(rnd);
            }
        }
        return r;
    }

    @Test
    void evaluatesEverySplit() {
        BacktestOverfitting pbo = BacktestOverfitting.estimate(noise(10, 320, 1), 16);
        assertEquals(12_870, pbo.splits());
        assertEquals(16, pbo.blocks());
    }

    @Test
    void pureNoiseIsOverfitAboutHalfTheTime() {
        BacktestOverfitting pbo = BacktestOverfitting.estimate(noise(50, 800, 3), 16);
        assertTrue(pbo.probability() > 0.3 && pbo.probability() < 0.7, "PBO " + pbo.probability());
    }

    @Test
    void aConsistentEdgeIsRarelyOverfit() {
        double[][] r = noise(50, 800, 5);
        for (int i = 0; i < r[17].length; i++) {
            r[17][i] += 0.004;
        }
        BacktestOverfitting pbo = BacktestOverfitting.estimate(r, 16);
        assertTrue(pbo.probability() < 0.05, "PBO " + pbo.probability());
    }

    @Test
    void shortSeriesUseFewerBlocks() {
        BacktestOverfitting pbo = BacktestOverfitting.estimate(noise(5, 10, 9), 16);
        assertEquals(4, pbo.blocks());
        assertEquals(6, pbo.splits());
    }

    @Test
    void needsTwoVariants() {
        assertThrows(IllegalArgumentException.class, () -> BacktestOverfitting.estimate(noise(1, 100, 1), 16));
    }
}
