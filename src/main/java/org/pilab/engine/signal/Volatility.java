package org.pilab.engine.signal;

import org.pilab.engine.data.PriceTable;

/**
 * Annualised volatility: population standard deviation (ddof 0) of the last {@code lookback}
 * daily returns, times sqrt(252); over fewer returns before the window is full, 0 with none.
 */
public record Volatility(int lookback) {

    public Volatility {
        if (lookback < 1) {
            throw new IllegalArgumentException("volatility lookback must be at least 1, got " + lookback);
        }
    }

    public double value(PriceTable prices, int column, int firstDay, int day) {
        int from = Math.max(firstDay, day - lookback);
        int n = day - from;
        if (n < 1) {
            return 0.0;
        }
        double sum = 0.0;
        for (int i = from + 1; i <= day; i++) {
            sum += prices.close(column, i) / prices.close(column, i - 1) - 1.0;
        }
        double mean = sum / n;
        double squares = 0.0;
        for (int i = from + 1; i <= day; i++) {
            double dev = prices.close(column, i) / prices.close(column, i - 1) - 1.0 - mean;
            squares += dev * dev;
        }
        return Math.sqrt(squares / n) * Math.sqrt(252.0);
    }

    public boolean isReady(int firstDay, int day) {
        return day - firstDay >= lookback;
    }
}
