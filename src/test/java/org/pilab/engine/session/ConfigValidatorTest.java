package org.pilab.engine.session;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.Universe;
import org.pilab.engine.data.DailyBar;
import org.pilab.engine.data.PriceTable;

class ConfigValidatorTest {

    /** AAA from 2020-01-01, BBB from 2020-03-02, both to 2020-12-31, flat-ish prices. */
    private static final PriceTable PRICES = table();

    private static PriceTable table() {
        Map<String, List<DailyBar>> bars = new TreeMap<>();
        for (String s : List.of("AAA", "BBB")) {
            List<DailyBar> list = new ArrayList<>();
            LocalDate d = s.equals("AAA") ? LocalDate.of(2020, 1, 1) : LocalDate.of(2020, 3, 2);
            for (int i = 0; !d.isAfter(LocalDate.of(2020, 12, 31)); d = d.plusDays(1), i++) {
                double p = 100 + (i % 7);
                list.add(new DailyBar(d, p, p, p));
            }
            bars.put(s, list);
        }
        return PriceTable.of(bars);
    }

    private static String error(BacktestConfig c) {
        return assertThrows(EngineInputException.class, () -> Backtest.run(PRICES, c)).getMessage();
    }

    private static BacktestConfig config(LocalDate start, LocalDate end, double cash, Universe u, AlphaConfig a,
            RebalanceConfig r, SizingConfig s, Optional<LocalDate> burnIn, Optional<String> bench) {
        return new BacktestConfig("t", start, end, cash, u, a, r, s, new FeeConfig.Zero(), burnIn, bench);
    }

    private static BacktestConfig fixed(Map<String, Double> weights, LocalDate start, SizingConfig sizing) {
        return config(start, LocalDate.of(2020, 12, 31), 1e6, Universe.of(List.copyOf(new TreeMap<>(weights).keySet())),
                new AlphaConfig.FixedWeights(weights), new RebalanceConfig.EndOfMonth(), sizing, Optional.empty(),
                Optional.empty());
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' missing in: " + message);
        }
    }

    @Test
    void unknownSymbolsAreNamed() {
        assertMentions(error(fixed(Map.of("ZZZ", 1.0), LocalDate.of(2020, 4, 1), new SizingConfig.LongOnly(0.01))),
                "universe", "ZZZ");
        BacktestConfig notInUniverse = config(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 12, 31), 1e6,
                Universe.of(List.of("AAA")), new AlphaConfig.FixedWeights(Map.of("AAA", 0.5, "BBB", 0.5)),
                new RebalanceConfig.EndOfMonth(), new SizingConfig.LongOnly(0.01), Optional.empty(), Optional.empty());
        assertMentions(error(notInUniverse), "alpha.weights.BBB", "not in the universe");
    }

    @Test
    void negativeWeightUnderLongOnlyIsRejectedButAllowedLongShort() {
        Map<String, Double> w = Map.of("AAA", 1.0, "BBB", -0.5);
        assertMentions(error(fixed(w, LocalDate.of(2020, 4, 1), new SizingConfig.LongOnly(0.01))),
                "alpha.weights.BBB", "negative", "long-only");
        BacktestResult ok = Backtest.run(PRICES, fixed(w, LocalDate.of(2020, 4, 1), new SizingConfig.LongShort(1.0)));
        assertTrue(ok.strategy().fills().stream().anyMatch(f -> f.quantity() < 0));
    }

    @Test
    void datesOutsideTheDataOrReversedAreRejected() {
        Map<String, Double> w = Map.of("AAA", 1.0);
        assertMentions(error(fixed(w, LocalDate.of(2019, 12, 2), new SizingConfig.LongOnly(0.01))), "start", "2020-01-01");
        assertMentions(error(config(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 2, 1), 1e6, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(w), new RebalanceConfig.EndOfMonth(), new SizingConfig.LongOnly(0.01),
                Optional.empty(), Optional.empty())), "end", "2020-12-31");
        assertMentions(error(config(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 5, 1), 1e6, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(w), new RebalanceConfig.EndOfMonth(), new SizingConfig.LongOnly(0.01),
                Optional.empty(), Optional.empty())), "start", "after end");
        // BBB's prices start in March: a January start cannot size it.
        assertMentions(error(fixed(Map.of("AAA", 0.5, "BBB", 0.5), LocalDate.of(2020, 1, 6),
                new SizingConfig.LongOnly(0.01))), "BBB", "2020-03-02");
    }

    @Test
    void nonPositiveCashAndBadSizingAreRejected() {
        assertMentions(error(config(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 9, 1), 0, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(Map.of("AAA", 1.0)), new RebalanceConfig.EndOfMonth(),
                new SizingConfig.LongOnly(0.01), Optional.empty(), Optional.empty())), "initial_cash");
        assertMentions(error(fixed(Map.of("AAA", 1.0), LocalDate.of(2020, 4, 1), new SizingConfig.LongOnly(1.5))),
                "sizing.cash_buffer");
        assertMentions(error(fixed(Map.of("AAA", 1.0), LocalDate.of(2020, 4, 1), new SizingConfig.LongShort(0))),
                "sizing.gross_leverage");
    }

    @Test
    void momentumParametersOutOfRangeAreRejected() {
        Universe u = Universe.of(List.of("AAA", "BBB"));
        RebalanceConfig eom = new RebalanceConfig.EndOfMonth();
        SizingConfig lo = new SizingConfig.LongOnly(0.01);
        LocalDate s = LocalDate.of(2020, 4, 1);
        LocalDate e = LocalDate.of(2020, 6, 30);
        assertMentions(error(config(s, e, 1e6, u, new AlphaConfig.MomentumTopN(0, 1), eom, lo, Optional.empty(),
                Optional.empty())), "alpha.lookback");
        assertMentions(error(config(s, e, 1e6, u, new AlphaConfig.MomentumTopN(500, 1), eom, lo, Optional.empty(),
                Optional.empty())), "alpha.lookback", "65");
        assertMentions(error(config(s, e, 1e6, u, new AlphaConfig.MomentumTopN(20, 3), eom, lo, Optional.empty(),
                Optional.empty())), "alpha.top_n", "1 to 2");
    }

    @Test
    void weekendWeeklyDayAndUnknownBenchmarkAreRejected() {
        BacktestConfig weekly = config(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30), 1e6, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(Map.of("AAA", 1.0)), new RebalanceConfig.Weekly(DayOfWeek.SATURDAY),
                new SizingConfig.LongOnly(0.01), Optional.empty(), Optional.empty());
        assertMentions(error(weekly), "rebalance.weekday");
        BacktestConfig bench = config(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30), 1e6, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(Map.of("AAA", 1.0)), new RebalanceConfig.EndOfMonth(),
                new SizingConfig.LongOnly(0.01), Optional.empty(), Optional.of("SPY"));
        assertMentions(error(bench), "benchmark", "SPY");
    }

    @Test
    void buyAndHoldBeforeTheBurnInWarnsThatItNeverTrades() {
        BacktestConfig c = config(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30), 1e6, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(Map.of("AAA", 1.0)), new RebalanceConfig.BuyAndHold(),
                new SizingConfig.LongOnly(0.01), Optional.of(LocalDate.of(2020, 5, 1)), Optional.empty());
        BacktestResult r = Backtest.run(PRICES, c);
        assertTrue(r.strategy().fills().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("never trades")), r.warnings().toString());
        assertMentions(error(config(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30), 1e6, Universe.of(List.of("AAA")),
                new AlphaConfig.FixedWeights(Map.of("AAA", 1.0)), new RebalanceConfig.BuyAndHold(),
                new SizingConfig.LongOnly(0.01), Optional.of(LocalDate.of(2020, 8, 1)), Optional.empty())), "burn_in");
    }
}
