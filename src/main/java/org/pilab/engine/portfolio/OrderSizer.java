package org.pilab.engine.portfolio;

import org.pilab.engine.SizingConfig;
import org.pilab.engine.broker.FeeModel;

/** Turns target weights into whole-unit target quantities, as QSTrader's order sizers do. */
public sealed interface OrderSizer permits LongOnlySizer, LongShortSizer {

    /**
     * Fills {@code target[a]} for every asset. An asset with weight 0 gets quantity 0 without its
     * price being read (it may have none yet).
     *
     * @param equity  the portfolio's total equity now (cash plus positions at market)
     * @param weights target weight per asset, alphabetical asset order
     * @param prices  the price of each asset now
     * @param fees    estimates the fee on each asset's dollar amount
     */
    void size(double equity, double[] weights, double[] prices, FeeModel fees, long[] target);

    static OrderSizer of(SizingConfig config) {
        if (config instanceof SizingConfig.LongShort ls) {
            return new LongShortSizer(ls.grossLeverage());
        }
        return new LongOnlySizer(((SizingConfig.LongOnly) config).cashBuffer());
    }

    /** numpy's isclose(x, 0.0) with its default absolute tolerance: below it, weights are not rescaled. */
    static boolean isCloseToZero(double x) {
        return Math.abs(x) <= 1e-8;
    }
}
