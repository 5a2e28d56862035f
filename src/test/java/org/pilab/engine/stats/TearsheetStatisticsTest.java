package org.pilab.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Statistics;

class TearsheetStatisticsTest {

    private static final double TOL = 1e-12;

    private static EquityCurve curve(LocalDate first, double... equity) {
        LocalDate[] dates = new LocalDate[equity.length];
        LocalDate d = first;
        for (int i = 0; i < equity.length; i++) {
            dates[i] = d;
            d = d.plusDays(1);
        }
        return new EquityCurve(dates, equity);
    }

    @Test
    void smallSeriesMatchesHandComputedValues() {
        // Returns: 0, +10%, -10%, +10%, 120/108.9 - 1.
        Statistics s = TearsheetStatistics.of(curve(LocalDate.of(2021, 3, 1), 100, 110, 99, 108.9, 120));
        double[] r = {0, 0.1, -0.1, 0.1, 120 / 108.9 - 1};

        assertEquals(120.0, s.finalEquity(), 0.0);
        assertEquals(0.2, s.totalReturn(), TOL);
        assertEquals(Math.pow(1.2, 252.0 / 5) - 1, s.cagr(), 1e-9);

        double mean = (r[0] + r[1] + r[2] + r[3] + r[4]) / 5;
        double popVar = 0;
        double sampleVar = 0;
        for (double x : r) {
            popVar += (x - mean) * (x - mean) / 5;
            sampleVar += (x - mean) * (x - mean) / 4;
        }
        assertEquals(Math.sqrt(252) * mean / Math.sqrt(popVar), s.sharpe(), TOL);
        assertEquals(Math.sqrt(sampleVar) * Math.sqrt(252), s.annualVolatility(), TOL);
        // Only one negative return: its population std is 0, so Sortino is +infinity.
        assertEquals(Double.POSITIVE_INFINITY, s.sortino());

        // Cumulative 1, 1.1, 0.99, 1.089, 1.2; high-water mark 0, 1.1, 1.1, 1.1, 1.2.
        assertEquals(0.1, s.maxDrawdown(), TOL);
        assertEquals(2, s.maxDrawdownDuration());
    }

    @Test
    void sortinoUsesStdOfNegativeReturnsAroundTheirOwnMean() {
        Statistics t = TearsheetStatistics.of(curve(LocalDate.of(2021, 3, 1), 100, 90, 99, 94.05));
        double[] q = {0, -0.1, 0.1, -0.05};
        double m = (q[1] + q[2] + q[3]) / 4;
        double negMean = (q[1] + q[3]) / 2;
        double negStd = Math.sqrt(((q[1] - negMean) * (q[1] - negMean) + (q[3] - negMean) * (q[3] - negMean)) / 2);
        assertEquals(Math.sqrt(252) * m / negStd, t.sortino(), TOL);
    }

    @Test
    void highWaterMarkStartsAtZeroSoAnEarlyLossIsNoDrawdown() {
        Statistics s = TearsheetStatistics.of(curve(LocalDate.of(2021, 3, 1), 100, 90, 95));
        assertEquals(0.0, s.maxDrawdown(), 0.0);
        assertEquals(0, s.maxDrawdownDuration());
    }

    @Test
    void drawdownDurationIsTheLongestRunOfRowsBelowTheMark() {
        // Cumulative: 1, 1.2, 1.1, 1.3, 1.2, 1.1, 1.0, 1.4 -> runs in drawdown of 1 and 3 rows.
        Statistics s = TearsheetStatistics.of(curve(LocalDate.of(2021, 3, 1), 100, 120, 110, 130, 120, 110, 100, 140));
        assertEquals(3, s.maxDrawdownDuration());
        assertEquals((1.3 - 1.0) / 1.3, s.maxDrawdown(), TOL);
    }

    @Test
    void monthlyAndYearlyReturnsCompoundWithinEachPeriod() {
        LocalDate[] dates = {
            LocalDate.of(2020, 12, 30), LocalDate.of(2020, 12, 31),
            LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 5), LocalDate.of(2021, 2, 1)};
        double[] equity = {100, 104, 102, 110, 99};
        Statistics s = TearsheetStatistics.of(new EquityCurve(dates, equity));
        assertEquals(0.04, s.monthlyReturns().get(YearMonth.of(2020, 12)), TOL);
        assertEquals(110.0 / 104 - 1, s.monthlyReturns().get(YearMonth.of(2021, 1)), TOL);
        assertEquals(99.0 / 110 - 1, s.monthlyReturns().get(YearMonth.of(2021, 2)), TOL);
        assertEquals(0.04, s.yearlyReturns().get(Year.of(2020)), TOL);
        assertEquals(99.0 / 104 - 1, s.yearlyReturns().get(Year.of(2021)), TOL);
        assertEquals(3, s.monthlyReturns().size());
    }

    @Test
    void singleRowHasNoRatios() {
        Statistics s = TearsheetStatistics.of(curve(LocalDate.of(2021, 3, 1), 1000));
        assertEquals(0.0, s.totalReturn(), 0.0);
        assertEquals(0.0, s.cagr(), 0.0);
        assertTrue(Double.isNaN(s.sharpe()));
        assertTrue(Double.isNaN(s.annualVolatility()));
        assertEquals(0, s.maxDrawdownDuration());
    }
}
