package org.pilab.engine;

import java.time.Year;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers QSTrader's tearsheet shows, computed as QSTrader computes them (252 periods a
 * year, population Sharpe, high-water mark from 0; see docs/engine-semantics.md).
 *
 * @param maxDrawdownDuration longest run of rows in drawdown, in rows (trading days)
 * @param monthlyReturns      compounded daily returns within each month
 * @param yearlyReturns       compounded daily returns within each year
 */
public record Statistics(
        double finalEquity,
        double totalReturn,
        double cagr,
        double sharpe,
        double sortino,
        double annualVolatility,
        double maxDrawdown,
        int maxDrawdownDuration,
        Map<YearMonth, Double> monthlyReturns,
        Map<Year, Double> yearlyReturns) {

    public Statistics {
        monthlyReturns = Collections.unmodifiableMap(new TreeMap<>(monthlyReturns));
        yearlyReturns = Collections.unmodifiableMap(new TreeMap<>(yearlyReturns));
    }
}
