package org.pilab.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.Fill;
import org.pilab.engine.Performance;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.Statistics;
import org.pilab.engine.Universe;
import org.pilab.engine.data.PriceSource;
import org.pilab.engine.data.PriceTable;

/**
 * The engine against real QSTrader v0.3.0 runs (src/test/resources/qstrader-reference, produced
 * by tools/qstrader-reference): the same inputs must give the same equity curve row for row,
 * the same fills and the same tearsheet statistics.
 */
class QstraderReferenceTest {

    private static final Path REFERENCE = Path.of("src/test/resources/qstrader-reference");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Cases whose inputs the engine can express (start and end are dates at 14:30). */
    static Stream<String> cases() {
        return Stream.of("sixty_forty", "sixty_forty_fees", "buy_and_hold", "long_short", "weekly_sixty_forty",
                "daily_aapl_spy", "momentum_taa", "edge_weekend_start", "edge_burn_in");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void strategyMatchesQstrader(String name) throws IOException {
        JsonNode ref = read(name);
        Performance p = runSession(ref.at("/inputs/strategy"), Optional.empty()).strategy();
        assertSame(name + " strategy", ref.get("strategy"), p);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void benchmarkSessionMatchesQstrader(String name) throws IOException {
        JsonNode ref = read(name);
        if (ref.get("benchmark").isNull()) {
            return;
        }
        Performance p = runSession(ref.at("/inputs/benchmark"), Optional.empty()).strategy();
        assertSame(name + " benchmark", ref.get("benchmark"), p);
    }

    /** The spec's "benchmark" key builds QSTrader's buy-and-hold benchmark by itself. */
    @ParameterizedTest
    @MethodSource("cases")
    void builtInBenchmarkMatchesQstrader(String name) throws IOException {
        JsonNode ref = read(name);
        JsonNode bench = ref.at("/inputs/benchmark");
        if (bench.isNull() || !bench.get("rebalance").asText().equals("buy_and_hold")) {
            return;
        }
        String symbol = bench.get("symbols").get(0).asText();
        BacktestResult r = runSession(ref.at("/inputs/strategy"), Optional.of(symbol));
        assertSame(name + " built-in benchmark", ref.get("benchmark"), r.benchmark().orElseThrow());
    }

    /** QSTrader prices a start before a file's first bar with the file's LAST price; the engine refuses. */
    @Test
    void startBeforeTheDataIsRefusedInsteadOfLookingAhead() throws IOException {
        JsonNode ref = read("edge_start_before_data");
        EngineInputException e = assertThrows(EngineInputException.class,
                () -> runSession(ref.at("/inputs/strategy"), Optional.empty()));
        assertTrue(e.getMessage().contains("AGG"), e.getMessage());
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(REFERENCE.resolve(name + ".json").toFile());
    }

    private static BacktestResult runSession(JsonNode in, Optional<String> benchmark) {
        List<String> symbols = new ArrayList<>();
        in.get("symbols").forEach(s -> symbols.add(s.asText()));
        Path dir = Path.of(in.get("data_files").get(0).get("path").asText()).getParent();
        Map<String, Optional<LocalDate>> joins = new HashMap<>();
        symbols.forEach(s -> joins.put(s, Optional.empty()));
        JsonNode joinDates = in.get("join_dates");
        if (joinDates != null) {
            joinDates.fields().forEachRemaining(e -> joins.put(asset(e.getKey()), Optional.of(date(e.getValue()))));
        }
        AlphaConfig alpha;
        if (in.get("kind").asText().equals("momentum")) {
            alpha = new AlphaConfig.MomentumTopN(in.get("lookback").asInt(), in.get("top_n").asInt());
        } else {
            Map<String, Double> weights = new HashMap<>();
            in.get("weights").fields().forEachRemaining(e -> weights.put(asset(e.getKey()), e.getValue().asDouble()));
            alpha = new AlphaConfig.FixedWeights(weights);
        }
        RebalanceConfig rebalance = switch (in.get("rebalance").asText()) {
            case "end_of_month" -> new RebalanceConfig.EndOfMonth();
            case "daily" -> new RebalanceConfig.Daily();
            case "buy_and_hold" -> new RebalanceConfig.BuyAndHold();
            case "weekly" -> new RebalanceConfig.Weekly(weekday(in.get("rebalance_weekday").asText()));
            default -> throw new IllegalArgumentException(in.get("rebalance").asText());
        };
        SizingConfig sizing = in.get("long_only").asBoolean()
                ? new SizingConfig.LongOnly(in.get("cash_buffer").asDouble())
                : new SizingConfig.LongShort(in.get("gross_leverage").asDouble());
        JsonNode fees = in.get("fees");
        FeeConfig fee = fees.get("model").asText().equals("PercentFeeModel")
                ? new FeeConfig.Percent(fees.get("commission_pct").asDouble(), fees.get("tax_pct").asDouble())
                : new FeeConfig.Zero();
        LocalDateTime start = LocalDateTime.parse(in.get("start").asText(), INSTANT);
        assertEquals(14, start.getHour(), "the engine starts at the market open");
        Optional<LocalDate> burnIn = in.get("burn_in").isNull() ? Optional.empty() : Optional.of(date(in.get("burn_in")));
        BacktestConfig config = new BacktestConfig("reference", start.toLocalDate(), date(in.get("end")),
                in.get("initial_cash").asDouble(), new Universe(joins), alpha, rebalance, sizing, fee, burnIn, benchmark);
        List<String> needed = new ArrayList<>(symbols);
        benchmark.filter(b -> !needed.contains(b)).ifPresent(needed::add);
        Path marketDir = Path.of("datasets/market");
        PriceSource source = new PriceSource() {
            @Override
            public String describe(String symbol) {
                return file(symbol).toString();
            }

            @Override
            public java.io.Reader open(String symbol) throws IOException {
                return Files.newBufferedReader(file(symbol));
            }

            private Path file(String symbol) {
                Path own = dir.resolve(symbol + ".csv");
                return Files.exists(own) ? own : marketDir.resolve(symbol + ".csv");
            }
        };
        return Backtest.run(PriceTable.load(source, needed), config);
    }

    private static void assertSame(String what, JsonNode ref, Performance p) {
        JsonNode curve = ref.get("equity_curve");
        assertEquals(curve.size(), p.equity().size(), what + ": equity rows");
        for (int i = 0; i < curve.size(); i++) {
            JsonNode row = curve.get(i);
            assertEquals(LocalDate.parse(row.get(0).asText()), p.equity().date(i), what + ": date of row " + i);
            double expected = row.get(1).asDouble();
            assertEquals(expected, p.equity().value(i), Math.abs(expected) * 1e-12 + 1e-9,
                    what + ": equity on " + row.get(0).asText());
        }
        Statistics s = p.statistics();
        assertClose(ref.get("final_equity"), s.finalEquity(), what + " final equity", 1e-9);
        assertClose(ref.get("total_return"), s.totalReturn(), what + " total return", 1e-8);
        assertClose(ref.get("cagr"), s.cagr(), what + " CAGR", 1e-8);
        assertClose(ref.get("sharpe"), s.sharpe(), what + " Sharpe", 1e-8);
        assertClose(ref.get("sortino"), s.sortino(), what + " Sortino", 1e-8);
        assertClose(ref.get("annual_volatility"), s.annualVolatility(), what + " volatility", 1e-8);
        assertClose(ref.get("max_drawdown"), s.maxDrawdown(), what + " max drawdown", 1e-8);
        assertEquals(ref.get("max_drawdown_duration").asInt(), s.maxDrawdownDuration(), what + " drawdown duration");
        ref.get("monthly_returns").fields().forEachRemaining(e -> assertClose(e.getValue(),
                s.monthlyReturns().get(YearMonth.parse(e.getKey())), what + " month " + e.getKey(), 1e-8));
        assertEquals(ref.get("monthly_returns").size(), s.monthlyReturns().size(), what + " months");
        assertEquals(ref.get("yearly_returns").size(), s.yearlyReturns().size(), what + " years");
        JsonNode fills = ref.get("fills");
        assertEquals(fills.size(), p.fills().size(), what + ": fills");
        for (int i = 0; i < fills.size(); i++) {
            JsonNode f = fills.get(i);
            Fill mine = p.fills().get(i);
            String at = what + ": fill " + i + " " + f;
            assertEquals(LocalDateTime.parse(f.get(0).asText().substring(0, 19)), mine.time(), at);
            assertEquals(asset(f.get(1).asText()), mine.symbol(), at);
            assertEquals(f.get(2).asLong(), mine.quantity(), at);
            assertClose(f.get(3), mine.price(), at + " price", 1e-12);
            assertClose(f.get(4), mine.commission(), at + " commission", 1e-12);
        }
    }

    private static void assertClose(JsonNode expected, double actual, String what, double relative) {
        if (expected == null || expected.isNull()) {
            assertTrue(Double.isNaN(actual), what + ": QSTrader gives no value, engine gives " + actual);
            return;
        }
        double e = expected.asDouble();
        assertEquals(e, actual, Math.max(Math.abs(e) * relative, 1e-12), what);
    }

    private static String asset(String qstraderAsset) {
        return qstraderAsset.startsWith("EQ:") ? qstraderAsset.substring(3) : qstraderAsset;
    }

    private static LocalDate date(JsonNode instant) {
        return LocalDate.parse(instant.asText().substring(0, 10));
    }

    private static DayOfWeek weekday(String abbrev) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbrev.toUpperCase())) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbrev);
    }
}
