package org.pilab.engine.portfolio;

import org.pilab.engine.broker.FeeModel;

/**
 * Long-short sizing at a gross leverage L: weights are scaled to w x L / sum|w| (unless sum|w| is
 * about 0), each asset gets equity x weight dollars minus the estimated fee, truncated toward zero
 * to whole currency units, and the integer part of those dollars over the price.
 */
public record LongShortSizer(double grossLeverage) implements OrderSizer {

    public LongShortSizer {
        if (!(grossLeverage > 0.0) || Double.isInfinite(grossLeverage)) {
            throw new IllegalArgumentException("gross leverage must be positive, got " + grossLeverage);
        }
    }

    @Override
    public void size(double equity, double[] weights, double[] prices, FeeModel fees, long[] target) {
        double gross = 0.0;
        for (double w : weights) {
            gross += Math.abs(w);
        }
        boolean rescale = !OrderSizer.isCloseToZero(gross);
        double ratio = rescale ? grossLeverage / gross : 1.0;
        for (int a = 0; a < weights.length; a++) {
            double w = rescale ? weights[a] * ratio : weights[a];
            if (w == 0.0) {
                target[a] = 0;
                continue;
            }
            double dollars = equity * w;
            double afterCost = dollars - fees.totalCost(0, dollars);
            double truncated = afterCost >= 0.0 ? Math.floor(afterCost) : Math.ceil(afterCost);
            target[a] = (long) (truncated / prices[a]);
        }
    }
}
