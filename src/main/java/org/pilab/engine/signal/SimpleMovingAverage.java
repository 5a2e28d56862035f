package org.pilab.engine.signal;

import org.pilab.engine.data.PriceTable;

/** Mean of the last {@code lookback} closes (of fewer before the window is full). */
public record SimpleMovingAverage(int lookback) {

    public SimpleMovingAverage {
        if (lookback < 1) {
            throw new IllegalArgumentException("SMA lookback must be at least 1, got " + lookback);
        }
    }

    public double value(PriceTable prices, int column, int firstDay, int day) {
        int from = Math.max(firstDay, day - lookback + 1);
        double sum = 0.0;
        for (int i = from; i <= day; i++) {
            sum += prices.close(column, i);
        }
        return sum / (day - from + 1);
    }

    public boolean isReady(int firstDay, int day) {
        return day - firstDay + 1 >= lookback;
    }
}
