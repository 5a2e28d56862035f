package org.pilab.engine.portfolio;

import org.pilab.engine.broker.FeeModel;

/**
 * Long-only dollar weighting with a cash buffer: weights are normalised to sum to 1 (unless their
 * sum is about 0), each asset gets equity x (1 - buffer) x weight dollars, minus the fee the
 * model would charge on that amount, and the whole units those dollars buy at the current price.
 */
public record LongOnlySizer(double cashBuffer) implements OrderSizer {

    public LongOnlySizer {
        if (!(cashBuffer >= 0.0 && cashBuffer <= 1.0)) {
            throw new IllegalArgumentException("cash buffer must lie in [0, 1], got " + cashBuffer);
        }
    }

    @Override
    public void size(double equity, double[] weights, double[] prices, FeeModel fees, long[] target) {
        double buffered = equity * (1.0 - cashBuffer);
        double sum = 0.0;
        for (double w : weights) {
            if (w < 0.0) {
                throw new IllegalArgumentException("long-only sizing got a negative weight " + w);
            }
            sum += w;
        }
        boolean rescale = !OrderSizer.isCloseToZero(sum);
        for (int a = 0; a < weights.length; a++) {
            double w = rescale ? weights[a] / sum : weights[a];
            if (w == 0.0) {
                target[a] = 0;
                continue;
            }
            double dollars = buffered * w;
            double afterCost = dollars - fees.totalCost(0, dollars);
            target[a] = (long) Math.floor(afterCost / prices[a]);
        }
    }
}
