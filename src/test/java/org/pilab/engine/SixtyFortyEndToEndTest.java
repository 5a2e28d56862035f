package org.pilab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.engine.data.PriceSource;
import org.pilab.engine.data.PriceTable;

/** The 60/40 SPY/AGG example on real prices: invariants any correct run must satisfy. */
class SixtyFortyEndToEndTest {

    private static PriceTable prices;
    private static BacktestResult result;

    @BeforeAll
    static void run() {
        prices = PriceTable.load(PriceSource.directory(Path.of("datasets/market")), List.of("SPY", "AGG"));
        BacktestConfig config = new BacktestConfig("60/40", LocalDate.of(2006, 11, 1), LocalDate.of(2016, 1, 4), 1e6,
                Universe.of(List.of("SPY", "AGG")), new AlphaConfig.FixedWeights(Map.of("SPY", 0.6, "AGG", 0.4)),
                new RebalanceConfig.EndOfMonth(), new SizingConfig.LongOnly(0.01), new FeeConfig.Zero(),
                Optional.empty(), Optional.of("SPY"));
        result = Backtest.run(prices, config);
    }

    @Test
    void equityIsCashPlusPositionsAtEveryClose() {
        Performance p = result.strategy();
        Map<String, Long> quantity = new HashMap<>();
        double cash = 1e6;
        int next = 0;
        List<Fill> fills = p.fills();
        EquityCurve curve = p.equity();
        for (int i = 0; i < curve.size(); i++) {
            LocalDate date = curve.date(i);
            while (next < fills.size() && !fills.get(next).time().toLocalDate().isAfter(date)) {
                Fill f = fills.get(next++);
                quantity.merge(f.symbol(), f.quantity(), Long::sum);
                cash -= f.price() * f.quantity() + f.commission();
            }
            double positions = 0;
            for (Map.Entry<String, Long> e : quantity.entrySet()) {
                int row = prices.dayOnOrAfter(date);
                positions += e.getValue() * prices.close(prices.column(e.getKey()), row);
            }
            assertEquals(cash + positions, curve.value(i), 1e-6, "row " + i + " " + date);
        }
        assertEquals(fills.size(), next);
        LedgerEntry last = p.ledger().get(p.ledger().size() - 1);
        assertEquals(cash, last.balance(), 0.005);
    }

    @Test
    void fillsHappenOnlyAtWeekdayOpens() {
        for (Performance p : List.of(result.strategy(), result.benchmark().orElseThrow())) {
            for (Fill f : p.fills()) {
                DayOfWeek d = f.time().getDayOfWeek();
                assertFalse(d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY, f.toString());
                assertEquals(LocalTime.of(14, 30), f.time().toLocalTime(), f.toString());
            }
        }
    }

    @Test
    void longOnlyNeverHoldsNegativeQuantities() {
        Map<String, Long> quantity = new HashMap<>();
        for (Fill f : result.strategy().fills()) {
            long q = quantity.merge(f.symbol(), f.quantity(), Long::sum);
            assertTrue(q >= 0, f.toString());
        }
        assertEquals(Map.of("AGG", quantity.get("AGG"), "SPY", quantity.get("SPY")), quantity);
    }

    @Test
    void oneRowPerWeekdayAndTheBenchmarkBuysOnceAtTheFirstOpen() {
        EquityCurve curve = result.strategy().equity();
        assertEquals(LocalDate.of(2006, 11, 1), curve.date(0));
        assertEquals(LocalDate.of(2016, 1, 4), curve.date(curve.size() - 1));
        for (int i = 1; i < curve.size(); i++) {
            LocalDate expected = curve.date(i - 1).getDayOfWeek() == DayOfWeek.FRIDAY
                    ? curve.date(i - 1).plusDays(3) : curve.date(i - 1).plusDays(1);
            assertEquals(expected, curve.date(i));
        }
        Performance bench = result.benchmark().orElseThrow();
        assertEquals(curve.size(), bench.equity().size());
        assertEquals(1, bench.fills().size());
        assertEquals(LocalDate.of(2006, 11, 1).atTime(14, 30), bench.fills().get(0).time());
        // No rebalance before the first month end: the strategy's first row is the untouched cash.
        assertEquals(1e6, curve.value(0), 0.0);
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void oneTableServesConcurrentRunsWithIdenticalResults() throws Exception {
        BacktestConfig weekly = new BacktestConfig("weekly", LocalDate.of(2006, 11, 1), LocalDate.of(2016, 1, 4), 1e6,
                Universe.of(List.of("SPY", "AGG")), new AlphaConfig.FixedWeights(Map.of("SPY", 0.6, "AGG", 0.4)),
                new RebalanceConfig.Weekly(DayOfWeek.WEDNESDAY), new SizingConfig.LongOnly(0.01), new FeeConfig.Zero(),
                Optional.empty(), Optional.of("SPY"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BacktestResult>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> Backtest.run(prices, weekly)));
            }
            EquityCurve first = runs.get(0).get().strategy().equity();
            for (Future<BacktestResult> run : runs) {
                assertEquals(first, run.get().strategy().equity());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void statisticsAgreeWithTheEquityCurve() {
        Statistics s = result.strategy().statistics();
        EquityCurve curve = result.strategy().equity();
        assertEquals(curve.value(curve.size() - 1), s.finalEquity(), 0.0);
        assertEquals(curve.value(curve.size() - 1) / curve.value(0) - 1, s.totalReturn(), 1e-12);
        assertTrue(s.maxDrawdown() > 0 && s.maxDrawdown() < 1);
        assertEquals(2016 - 2006 + 1, s.yearlyReturns().size());
    }
}
