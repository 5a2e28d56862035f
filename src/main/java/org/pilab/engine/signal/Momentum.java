package org.pilab.engine.signal;

import org.pilab.engine.data.PriceTable;

/**
 * Holding-period return over the last {@code lookback} closes: P_t / P_(t-L) - 1, computed as
 * the product of (1 + daily return) over the window, in date order, as QSTrader does (the two
 * forms differ in the last bits, which can reorder a top-N ranking).
 *
 * <p>Before the window is full the value is computed over the closes there are (0 with fewer
 * than two); {@link #isReady} says when it is full.</p>
 */
public record Momentum(int lookback) {

    public Momentum {
        if (lookback < 1) {
            throw new IllegalArgumentException("momentum lookback must be at least 1, got " + lookback);
        }
    }

    /** Momentum at {@code day} of a symbol's adjusted closes, counting only from table row {@code firstDay}. */
    public double value(PriceTable prices, int column, int firstDay, int day) {
        int from = Math.max(firstDay, day - lookback);
        double product = 1.0;
        for (int i = from + 1; i <= day; i++) {
            double dailyReturn = prices.close(column, i) / prices.close(column, i - 1) - 1.0;
            product *= 1.0 + dailyReturn;
        }
        return day - from < 1 ? 0.0 : product - 1.0;
    }

    /** Whether {@code lookback + 1} closes are available between {@code firstDay} and {@code day}. */
    public boolean isReady(int firstDay, int day) {
        return day - firstDay >= lookback;
    }
}
