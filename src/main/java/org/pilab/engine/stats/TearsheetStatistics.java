package org.pilab.engine.stats;

import org.pilab.engine.EquityCurve;
import org.pilab.engine.Statistics;

/** The tearsheet numbers of an equity curve, computed as QSTrader's tearsheet computes them. */
public final class TearsheetStatistics {

    private TearsheetStatistics() {
    }

    /** Statistics of {@code curve}; ratios are NaN or infinite where QSTrader's would be (e.g. one row). */
    public static Statistics of(EquityCurve curve) {
        double[] equity = curve.equity();
        if (equity.length == 0) {
            throw new IllegalArgumentException("an empty equity curve has no statistics");
        }
        double[] returns = Returns.daily(equity);
        double[] cumulative = Returns.cumulative(returns);
        Drawdowns dd = Drawdowns.of(cumulative);
        return new Statistics(
                equity[equity.length - 1],
                cumulative[cumulative.length - 1] - 1.0,
                Returns.cagr(cumulative),
                Returns.sharpe(returns),
                Returns.sortino(returns),
                Returns.annualVolatility(returns),
                dd.max(),
                dd.duration(),
                PeriodReturns.monthly(curve.dates(), returns),
                PeriodReturns.yearly(curve.dates(), returns));
    }
}
