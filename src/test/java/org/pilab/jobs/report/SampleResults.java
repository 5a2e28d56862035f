package org.pilab.jobs.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Fill;
import org.pilab.engine.LedgerEntry;
import org.pilab.engine.Performance;
import org.pilab.engine.Statistics;

/**
 * Hand-made results for report tests: a wavy rising equity curve over whole weekdays and
 * statistics that are arbitrary inputs (the report shows them; it does not compute them).
 */
final class SampleResults {

    static final LocalDate START = LocalDate.of(2018, 1, 2);

    private SampleResults() {
    }

    static BacktestResult withBenchmark(int days) {
        return new BacktestResult(performance("Sixty forty", days, 0.0004, 0.03),
                Optional.of(performance("Buy and hold SPY", days, 0.0003, 0.08)), List.of("cash went negative once"));
    }

    static BacktestResult withoutBenchmark(int days) {
        return new BacktestResult(performance("Alone", days, 0.0002, 0.05), Optional.empty(), List.of());
    }

    static Performance performance(String title, int days, double drift, double wave) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = START; dates.size() < days; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                dates.add(d);
            }
        }
        double[] equity = new double[days];
        for (int i = 0; i < days; i++) {
            equity[i] = 1_000_000.0 * Math.exp(drift * i) * (1.0 + wave * Math.sin(i / 40.0));
        }
        Map<YearMonth, Double> monthly = new TreeMap<>();
        Map<Year, Double> yearly = new TreeMap<>();
        for (int i = 1; i < days; i++) {
            double r = equity[i] / equity[i - 1] - 1.0;
            monthly.merge(YearMonth.from(dates.get(i)), r, (a, b) -> (1 + a) * (1 + b) - 1);
            yearly.merge(Year.from(dates.get(i)), r, (a, b) -> (1 + a) * (1 + b) - 1);
        }
        Statistics stats = new Statistics(equity[days - 1], equity[days - 1] / equity[0] - 1, 0.071, 0.62, 0.83,
                0.119, 0.312, 180, monthly, yearly);
        LocalDateTime open = START.plusDays(1).atTime(14, 30);
        List<Fill> fills = List.of(
                new Fill(open, "AGG", 3600, 108.25, 389700, 0.0),
                new Fill(open, "SPY", 2200, 268.10, 589820, 0.0));
        List<LedgerEntry> ledger = List.of(
                new LedgerEntry(START.atTime(14, 30), "SUBSCRIPTION", 0, 1_000_000, 1_000_000),
                new LedgerEntry(open, "LONG 3600 EQ:AGG 108.25", 389700, 0, 610300),
                new LedgerEntry(open, "LONG 2200 EQ:SPY 268.10", 589820, 0, 20480));
        return new Performance(title, new EquityCurve(dates.toArray(LocalDate[]::new), equity), stats, fills, ledger);
    }
}
