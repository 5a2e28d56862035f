package org.pilab.engine.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pilab.engine.broker.FeeModel;

class OrderSizerTest {

    private static long[] size(OrderSizer sizer, double equity, double[] weights, double[] prices, FeeModel fees) {
        long[] target = new long[weights.length];
        sizer.size(equity, weights, prices, fees, target);
        return target;
    }

    @Test
    void longOnlyKeepsTheCashBufferAndFloorsToWholeUnits() {
        // 1000 x 0.99 = 990: 594 dollars / 10 = 59.4 -> 59; 396 / 33 = 12.
        long[] q = size(new LongOnlySizer(0.01), 1000, new double[] {0.6, 0.4}, new double[] {10, 33}, new FeeModel.Zero());
        assertArrayEquals(new long[] {59, 12}, q);
    }

    @Test
    void matchesQstradersPortfolioConstructionEndToEndExpectation() {
        // tests/integration/portcon/test_pcm_e2e.py: AGG, GLD, SPY, TLT (alphabetical), 5% buffer.
        long[] q = size(new LongOnlySizer(0.05), 1e6, new double[] {0.611, 0.0765, 0.345, 0.870},
                new double[] {219.45, 534.21, 56.87, 178.33}, new FeeModel.Zero());
        assertArrayEquals(new long[] {1390, 71, 3029, 2436}, q);
    }

    @Test
    void longOnlyNormalisesWeightsToSumOne() {
        // Weights 3 and 1 are 0.75 and 0.25 of 1000: 750 / 7 = 107.1, 250 / 3 = 83.3.
        long[] q = size(new LongOnlySizer(0.0), 1000, new double[] {3, 1}, new double[] {7, 3}, new FeeModel.Zero());
        assertArrayEquals(new long[] {107, 83}, q);
    }

    @Test
    void longOnlyLeavesNearZeroWeightsUnscaledAndRejectsNegatives() {
        long[] q = size(new LongOnlySizer(0.0), 1000, new double[] {0, 0}, new double[] {Double.NaN, 3}, new FeeModel.Zero());
        assertArrayEquals(new long[] {0, 0}, q);
        assertThrows(IllegalArgumentException.class,
                () -> size(new LongOnlySizer(0.0), 1000, new double[] {1, -1}, new double[] {1, 1}, new FeeModel.Zero()));
    }

    @Test
    void estimatedFeeIsTakenOffTheDollarsBeforeDividing() {
        // 990 x 0.6 = 594 dollars, fee 1% + 0.5% of 594 = 8.91, (594 - 8.91) / 10 = 58.5 -> 58.
        long[] q = size(new LongOnlySizer(0.01), 1000, new double[] {0.6, 0.4}, new double[] {10, 33},
                new FeeModel.Percent(0.01, 0.005));
        // 396 - 5.94 = 390.06 / 33 = 11.8 -> 11.
        assertArrayEquals(new long[] {58, 11}, q);
    }

    @Test
    void longShortScalesToGrossLeverageAndTruncatesTowardZero() {
        // w x 2 / 1.7: 1176.47 -> 1176 / 10 = 117.6 -> 117; -823.53 -> -823 / 30 = -27.4 -> -27.
        long[] q = size(new LongShortSizer(2.0), 1000, new double[] {1.0, -0.7}, new double[] {10, 30}, new FeeModel.Zero());
        assertArrayEquals(new long[] {117, -27}, q);
    }

    @Test
    void longShortFeeEstimateMakesBothSidesSmaller() {
        // 1176.47 - 1% = 1164.71 -> 1164 / 10 -> 116; -823.53 - 8.24 = -831.76 -> -831 / 30 -> -27.
        long[] q = size(new LongShortSizer(2.0), 1000, new double[] {1.0, -0.7}, new double[] {10, 30},
                new FeeModel.Percent(0.01, 0));
        assertArrayEquals(new long[] {116, -27}, q);
    }
}
