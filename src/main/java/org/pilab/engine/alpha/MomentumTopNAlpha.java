package org.pilab.engine.alpha;

import org.pilab.engine.data.PriceTable;
import org.pilab.engine.signal.Momentum;
import org.pilab.engine.universe.AssetUniverse;

/**
 * Equal weights 1/N on the N assets with the highest momentum, as QSTrader's top-N momentum
 * example: nothing is held until the run has seen {@code lookback} closes; after that every
 * asset in the universe is ranked on the closes it has (an asset that joined recently on fewer
 * closes), highest first, ties kept in signal order.
 */
public final class MomentumTopNAlpha implements AlphaModel {

    private final PriceTable prices;
    private final int[] columns;
    private final AssetUniverse universe;
    private final int startRow;
    private final Momentum momentum;
    private final int topN;
    private final int[] signalOrder;
    private final int[] ranked;
    private final double[] score;

    /**
     * @param columns  price-table column of each asset
     * @param startRow price-table row of the run's first weekday (signals start filling there)
     */
    public MomentumTopNAlpha(PriceTable prices, int[] columns, AssetUniverse universe, int startRow,
            int lookback, int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("top N must be at least 1, got " + topN);
        }
        this.prices = prices;
        this.columns = columns.clone();
        this.universe = universe;
        this.startRow = startRow;
        this.momentum = new Momentum(lookback);
        this.topN = topN;
        this.signalOrder = universe.signalOrder();
        this.ranked = new int[columns.length];
        this.score = new double[columns.length];
    }

    @Override
    public void weights(int runDay, int closesSeen, int lastCloseDay, double[] out) {
        if (closesSeen < momentum.lookback()) {
            return;
        }
        int lastCloseRunDay = lastCloseDay - startRow;
        int n = 0;
        for (int a : signalOrder) {
            if (universe.isActive(a, lastCloseRunDay)) {
                int firstRow = startRow + universe.entryRunDay(a);
                score[a] = momentum.value(prices, columns[a], firstRow, lastCloseDay);
                ranked[n++] = a;
            }
        }
        // Stable insertion sort, highest first: few assets, and equal scores keep signal order.
        for (int i = 1; i < n; i++) {
            int a = ranked[i];
            int j = i - 1;
            while (j >= 0 && score[ranked[j]] < score[a]) {
                ranked[j + 1] = ranked[j];
                j--;
            }
            ranked[j + 1] = a;
        }
        double weight = 1.0 / topN;
        for (int i = 0; i < Math.min(topN, n); i++) {
            out[ranked[i]] = weight;
        }
    }
}
