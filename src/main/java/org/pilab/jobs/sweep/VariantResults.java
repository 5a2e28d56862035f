package org.pilab.jobs.sweep;

import org.pilab.engine.BacktestResult;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Statistics;

/** Turns a backtest's result into the sweep's view of it. */
final class VariantResults {

    private VariantResults() {
    }

    static VariantResult of(Variant variant, BacktestResult result) {
        Statistics s = result.strategy().statistics();
        return new VariantResult(variant.task(), variant.params(), s.sharpe(), s.cagr(), s.maxDrawdown(),
                s.finalEquity(), dailyReturns(result.strategy().equity()));
    }

    /** Close-to-close returns of the equity curve (the tearsheet's leading 0 is not a return). */
    static double[] dailyReturns(EquityCurve equity) {
        int n = Math.max(0, equity.size() - 1);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = equity.value(i + 1) / equity.value(i) - 1;
        }
        return r;
    }
}
