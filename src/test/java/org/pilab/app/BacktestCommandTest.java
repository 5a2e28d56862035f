package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pilab backtest and pilab bench end to end, on the shipped data and example specs. */
class BacktestCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @TempDir
    Path tmp;

    @Test
    void sixtyFortyJsonIsCompleteAndConsistent() throws IOException {
        CliRun r = run("backtest", "datasets/examples/sixty_forty.json", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String side : List.of("strategy", "benchmark")) {
            JsonNode p = json.get(side);
            for (String key : List.of("final_equity", "total_return", "cagr", "sharpe", "sortino", "annual_volatility",
                    "max_drawdown", "max_drawdown_duration", "fills", "equity_curve")) {
                assertTrue(p.hasNonNull(key), side + " lacks " + key);
            }
            JsonNode curve = p.get("equity_curve");
            double first = curve.get(0).get(1).asDouble();
            double last = curve.get(curve.size() - 1).get(1).asDouble();
            assertEquals(last, p.get("final_equity").asDouble(), 1e-9, side + ": final equity is the curve's last value");
            assertEquals(last / first - 1, p.get("total_return").asDouble(), 1e-9, side + ": total return compounds the curve");
            assertEquals("2006-11-01", curve.get(0).get(0).asText());
            assertEquals("2016-01-04", curve.get(curve.size() - 1).get(0).asText());
            double dd = p.get("max_drawdown").asDouble();
            assertTrue(dd > 0 && dd < 1, side + " drawdown " + dd);
        }
        assertTrue(json.get("strategy").get("fills").asInt() > 100, "monthly rebalancing over nine years trades often");
        assertEquals(1, json.get("benchmark").get("fills").asInt(), "buy and hold fills once");
        assertTrue(json.get("timing").get("load_seconds").asDouble() >= 0);
        assertTrue(json.get("timing").get("run_seconds").asDouble() >= 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sixty_forty", "sixty_forty_fees", "buy_and_hold", "long_short", "momentum_taa"})
    void everyExampleRunsAndPrintsATearsheet(String example) {
        CliRun r = run("backtest", "datasets/examples/" + example + ".json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Total return") && r.out().contains("Monthly returns"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when not writing to a terminal");
    }

    @Test
    void qstraderFlagsRunTheSameStrategy() throws IOException {
        CliRun flags = run("backtest", "--start-date", "2006-11-01", "--end-date", "2016-01-04",
                "--allocations", "SPY:0.6,AGG:0.4", "--rebalance", "end_of_month", "--cash-buffer", "0.01",
                "--benchmark", "SPY", "--title", "flags", "--json");
        CliRun spec = run("backtest", "datasets/examples/sixty_forty.json", "--json");
        assertEquals(0, flags.status(), flags.err());
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(spec.out()).get("strategy").get("equity_curve"),
                m.readTree(flags.out()).get("strategy").get("equity_curve"));
        assertEquals("flags", m.readTree(flags.out()).get("strategy").get("title").asText());
    }

    @Test
    void badSpecExitsTwoWithOneLocatedMessage() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"start\": \"2007-01-31\",\n \"end\": \"2015-12-31\",\n \"alpha\": {\"type\": \"fixed\", "
                + "\"weights\": {\"SPY\": 1}},\n \"rebalnce\": {}}\n");
        CliRun r = run("backtest", bad.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("bad.json:4:2: unknown key \"rebalnce\""), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badInputsExitTwo() {
        assertEquals(2, run("backtest", tmp.resolve("missing.json").toString()).status());
        CliRun noPrices = run("backtest", "--start-date", "2007-01-31", "--end-date", "2015-12-31",
                "--allocations", "NOPE:1", "--data-dir", tmp.toString());
        assertEquals(2, noPrices.status());
        assertTrue(noPrices.err().contains("NOPE"), noPrices.err());
        CliRun badFlag = run("backtest", "--start-date", "2007-01-31", "--end-date", "2015-12-31", "--allocations", "SPY=1");
        assertEquals(2, badFlag.status());
        assertTrue(badFlag.err().contains("--allocations"), badFlag.err());
        CliRun negative = run("backtest", "--start-date", "2007-01-31", "--end-date", "2015-12-31", "--allocations", "SPY:1,AGG:-0.5");
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--allocations (alpha.weights.AGG)"), negative.err());
        CliRun both = run("backtest", "datasets/examples/sixty_forty.json", "--start-date", "2007-01-31",
                "--end-date", "2015-12-31", "--allocations", "SPY:1");
        assertEquals(2, both.status());
        assertEquals(2, run("backtest").status());
        assertEquals(2, run("backtest", "--start-date", "2007-01-31").status(), "picocli: missing --end-date");
    }

    @Test
    void reportFolderIsWrittenOnceAndReplacedOnlyWithForce() throws IOException {
        Path out = tmp.resolve("report");
        CliRun first = run("backtest", "datasets/examples/sixty_forty.json", "--report", out.toString());
        assertEquals(0, first.status(), first.err());
        for (String f : List.of("result.json", "equity.csv", "ledger.csv", "fills.csv", "index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        CliRun again = run("backtest", "datasets/examples/sixty_forty.json", "--report", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("--force"), again.err());
        CliRun forced = run("backtest", "datasets/examples/sixty_forty.json", "--report", out.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList(), "no staging folders left behind");
        }
        long fills = Files.readAllLines(out.resolve("fills.csv")).size() - 1;
        JsonNode json = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals(json.get("strategy").get("fills").asLong(), fills);
    }

    @Test
    void benchWritesItsFigures() throws IOException {
        Path json = tmp.resolve("bench.json");
        CliRun r = run("bench", "datasets/examples/sixty_forty.json", "--runs", "2", "--warmup", "0", "--json", json.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        CliRun backtest = run("backtest", "datasets/examples/sixty_forty.json", "--json");
        int rows = new ObjectMapper().readTree(backtest.out()).get("strategy").get("equity_curve").size();
        assertEquals(2L * rows, figures.get("asset_days").asLong(), "two assets, one curve row per weekday");
        assertEquals(2, figures.get("runs").asInt());
        assertTrue(figures.get("median_seconds").asDouble() > 0);
        assertEquals(figures.get("asset_days").asDouble() / figures.get("median_seconds").asDouble(),
                figures.get("asset_days_per_second").asDouble(), 1e-6);
        assertTrue(r.out().contains("asset-days per second"), r.out());
    }

    @Test
    void dataSynthRejectsBadArguments() {
        CliRun r = run("data", "synth", "--assets", "0", "--years", "1", "--seed", "1", "--out", tmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--assets"), r.err());
    }
}
