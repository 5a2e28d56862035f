package org.pilab.jobs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;

class BacktestSpecReaderTest {

    @TempDir
    Path dir;

    private BacktestSpecReader reader;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("prices"));
        reader = new BacktestSpecReader(dir);
    }

    private Path spec(String json) throws IOException {
        Path file = dir.resolve("strategy.json");
        Files.writeString(file, json);
        return file;
    }

    private String failure(String json) throws IOException {
        Path file = spec(json);
        return assertThrows(SpecException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void readsEveryKey() throws IOException {
        BacktestSpec spec = reader.read(spec("""
                {
                  "version": 1,
                  "title": "Sector momentum",
                  "data_dir": "prices",
                  "start": "2005-01-03",
                  "end": "2020-12-31",
                  "initial_cash": 250000,
                  "universe": {"AAA": null, "BBB": "2008-06-02", "CCC": null},
                  "alpha": {"type": "momentum_top_n", "lookback": 63, "top_n": 2},
                  "rebalance": {"frequency": "weekly", "weekday": "THU"},
                  "sizing": {"type": "long_short", "gross_leverage": 2.0},
                  "fees": {"type": "percent", "commission": 0.001, "tax": 0.005},
                  "burn_in": "2006-01-02",
                  "benchmark": {"symbol": "SPY"}
                }
                """));
        BacktestConfig c = spec.config();
        assertEquals("Sector momentum", c.title());
        assertEquals(LocalDate.of(2005, 1, 3), c.start());
        assertEquals(LocalDate.of(2020, 12, 31), c.end());
        assertEquals(250000.0, c.initialCash());
        assertEquals(Optional.of(LocalDate.of(2008, 6, 2)), c.universe().joins().get("BBB"));
        assertEquals(Optional.empty(), c.universe().joins().get("AAA"));
        assertEquals(new AlphaConfig.MomentumTopN(63, 2), c.alpha());
        assertEquals(new RebalanceConfig.Weekly(DayOfWeek.THURSDAY), c.rebalance());
        assertEquals(new SizingConfig.LongShort(2.0), c.sizing());
        assertEquals(new FeeConfig.Percent(0.001, 0.005), c.fees());
        assertEquals(Optional.of(LocalDate.of(2006, 1, 2)), c.burnIn());
        assertEquals(Optional.of("SPY"), c.benchmark());
        assertEquals(new DataLocation.Directory(dir.resolve("prices")), spec.dataDir());
    }

    @Test
    void appliesDocumentedDefaults() throws IOException {
        BacktestSpec spec = reader.read(spec("""
                {"data_dir": "prices", "start": "2007-01-31", "end": "2015-12-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 0.6, "AGG": 0.4}}}
                """));
        BacktestConfig c = spec.config();
        assertEquals("strategy", c.title(), "title defaults to the file name");
        assertEquals(1_000_000.0, c.initialCash());
        assertEquals(java.util.List.of("AGG", "SPY"), c.universe().symbols(), "universe defaults to the weighted symbols");
        assertEquals(new RebalanceConfig.EndOfMonth(), c.rebalance());
        assertEquals(new SizingConfig.LongOnly(0.01), c.sizing());
        assertEquals(new FeeConfig.Zero(), c.fees());
        assertEquals(Optional.empty(), c.burnIn());
        assertEquals(Optional.empty(), c.benchmark());
        assertEquals(Map.of("AGG", 0.4, "SPY", 0.6), ((AlphaConfig.FixedWeights) c.alpha()).weights());
    }

    @Test
    void momentumDefaultsAndOtherFrequencies() throws IOException {
        for (String frequency : new String[] {"daily", "buy_and_hold", "end_of_month", "weekly"}) {
            BacktestConfig c = reader.read(spec("""
                    {"data_dir": "prices", "start": "2007-01-31", "end": "2015-12-31", "universe": ["A", "B"],
                     "alpha": {"type": "momentum_top_n"}, "rebalance": {"frequency": "%s"},
                     "sizing": {"type": "long_only"}, "fees": {"type": "zero"}}
                    """.formatted(frequency))).config();
            assertEquals(new AlphaConfig.MomentumTopN(126, 3), c.alpha());
            RebalanceConfig expected = switch (frequency) {
                case "daily" -> new RebalanceConfig.Daily();
                case "buy_and_hold" -> new RebalanceConfig.BuyAndHold();
                case "weekly" -> new RebalanceConfig.Weekly(DayOfWeek.WEDNESDAY);
                default -> new RebalanceConfig.EndOfMonth();
            };
            assertEquals(expected, c.rebalance());
        }
    }

    @Test
    void unknownKeyNamesFileLineColumnValidKeysAndSuggestion() throws IOException {
        String m = failure("""
                {
                  "start": "2007-01-31",
                  "end": "2015-12-31",
                  "rebalnce": {"frequency": "daily"},
                  "alpha": {"type": "fixed", "weights": {"SPY": 1}}
                }
                """);
        assertTrue(m.startsWith(dir.resolve("strategy.json") + ":4:3: unknown key \"rebalnce\" in the spec"), m);
        assertTrue(m.contains("valid keys: version, title, data_dir"), m);
        assertTrue(m.contains("did you mean \"rebalance\"?"), m);
    }

    @Test
    void unknownNestedKeyIsLocatedInsideItsObject() throws IOException {
        String m = failure("""
                {"start": "2007-01-31", "end": "2015-12-31", "universe": ["A"],
                 "alpha": {"type": "momentum_top_n", "lookbak": 5}}
                """);
        assertTrue(m.contains(":2:"), m);
        assertTrue(m.contains(":2:") && m.contains(": unknown key \"lookbak\" in \"alpha\""), m);
        assertTrue(m.contains("did you mean \"lookback\"?"), m);
    }

    @Test
    void badDateNamesFieldAndFormat() throws IOException {
        String m = failure("""
                {"start": "2007-13-31", "end": "2015-12-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 1}}}
                """);
        assertTrue(m.contains("strategy.json:1:2: start: \"2007-13-31\" is not a valid date; write it as YYYY-MM-DD"), m);
    }

    @Test
    void wrongTypeNamesFieldAndWhatWasFound() throws IOException {
        String m = failure("""
                {"start": "2007-01-31", "end": "2015-12-31", "universe": ["A"],
                 "alpha": {"type": "momentum_top_n",
                           "lookback": "six months"}}
                """);
        assertTrue(m.contains("strategy.json:3:12: alpha.lookback: expected a whole number, got the string \"six months\""), m);
    }

    @Test
    void missingRequiredFieldNamesItAndSaysWhatToAdd() throws IOException {
        String m = failure("""
                {"start": "2007-01-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 1}}}
                """);
        assertTrue(m.contains("strategy.json:1:1: missing required key \"end\""), m);
        assertTrue(m.contains("\"end\": \"2015-12-31\""), m);
    }

    @Test
    void unknownChoiceListsChoicesAndSuggests() throws IOException {
        String m = failure("""
                {"start": "2007-01-31", "end": "2015-12-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 1}},
                 "rebalance": {"frequency": "end_of_mnth"}}
                """);
        assertTrue(m.contains(":3:"), m);
        assertTrue(m.contains("rebalance.frequency: \"end_of_mnth\" is not one of end_of_month, weekly, daily, buy_and_hold"), m);
        assertTrue(m.contains("did you mean \"end_of_month\"?"), m);
    }

    @Test
    void semanticChecksNameTheirField() throws IOException {
        String head = "{\"data_dir\": \"prices\", \"start\": \"2007-01-31\", \"end\": \"2015-12-31\", ";
        assertTrue(failure(head + "\"alpha\": {\"type\": \"fixed\", \"weights\": {\"SPY\": 1.0, \"AGG\": -0.5}}}")
                .contains("alpha.weights.AGG: negative weight -0.5 needs \"sizing\": {\"type\": \"long_short\"}"));
        assertTrue(failure(head + "\"universe\": [\"SPY\"], \"alpha\": {\"type\": \"fixed\", \"weights\": {\"AGG\": 1}}}")
                .contains("alpha.weights.AGG: \"AGG\" is weighted but not in \"universe\""));
        assertTrue(failure(head + "\"alpha\": {\"type\": \"momentum_top_n\"}}")
                .contains("missing required key \"universe\""));
        assertTrue(failure(head + "\"burn_in\": \"2020-01-01\", \"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}}")
                .contains("burn_in: 2020-01-01 is outside 2007-01-31 .. 2015-12-31"));
        assertTrue(failure(head + "\"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}, \"sizing\": {\"type\": \"long_only\", \"cash_buffer\": 1.5}}")
                .contains("sizing.cash_buffer: must be a fraction"));
        assertTrue(failure(head + "\"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}, \"fees\": {\"type\": \"percent\", \"tax\": -1}}")
                .contains("fees.tax: must be a fraction"));
        assertTrue(failure(head + "\"alpha\": {\"type\": \"fixed\", \"weights\": {\"../etc\": 1}}}")
                .contains("alpha.weights.../etc: \"../etc\" is not a valid symbol"));
        assertTrue(failure(head + "\"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}, \"rebalance\": {\"frequency\": \"weekly\", \"weekday\": \"SAT\"}}")
                .contains("rebalance.weekday: \"SAT\" is not a trading weekday; use one of MON, TUE, WED, THU, FRI"));
        assertTrue(failure(head + "\"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}, \"rebalance\": {\"frequency\": \"daily\", \"weekday\": \"MON\"}}")
                .contains("rebalance.weekday: \"weekday\" applies only to \"frequency\": \"weekly\""));
        assertTrue(failure(head + "\"version\": 2, \"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}}")
                .contains("version: this pilab reads spec version 1 only"));
        assertTrue(failure("{\"start\": \"2015-01-31\", \"end\": \"2007-12-31\", \"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}}")
                .contains("end: 2007-12-31 is before start 2015-01-31"));
    }

    @Test
    void hugeCashIsRefusedAtItsKeyNotOverflowedInTheLedger() throws IOException {
        String m = failure("{\"data_dir\": \"prices\", \"start\": \"2007-01-31\", \"end\": \"2015-12-31\",\n"
                + " \"initial_cash\": 1e300, \"alpha\": {\"type\": \"fixed\", \"weights\": {\"A\": 1}}}");
        assertTrue(m.contains("strategy.json:2:") && m.contains("initial_cash") && m.contains("at most"), m);
    }

    @Test
    void nonNumbersAndCutOffFilesAreExplainedWithoutParserJargon() throws IOException {
        String nan = failure("{\"start\": \"2007-01-31\",\n \"initial_cash\": NaN}");
        assertTrue(nan.startsWith(dir.resolve("strategy.json") + ":2:"), nan);
        assertTrue(nan.contains("write a finite number"), nan);
        assertFalse(nan.contains("JsonReadFeature") || nan.contains("enable"), nan);
        String cut = failure("{\"start\": \"2007-01-31\",\n \"alpha\": {");
        assertTrue(cut.contains("ends too early"), cut);
        assertFalse(cut.contains("Source") || cut.contains("REDACTED"), cut);
    }

    @Test
    void invalidJsonAndDuplicateKeysGiveLineAndColumn() throws IOException {
        String m = failure("{\n  \"start\": \"2007-01-31\",\n  \"end\": \"2015-12-31\"\n  \"alpha\": {}\n}\n");
        assertTrue(m.startsWith(dir.resolve("strategy.json") + ":4:"), m);
        assertTrue(m.contains("not valid JSON"), m);
        String dup = failure("{\"start\": \"2007-01-31\",\n \"start\": \"2008-01-31\"}");
        assertTrue(dup.contains(":2:") && dup.contains("start"), dup);
    }

    @Test
    void missingFileSaysSo() {
        SpecException e = assertThrows(SpecException.class, () -> reader.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json: spec file not found"), e.getMessage());
    }

    @Test
    void dataDirFallsBackToSpecDirectoryThenBundledDatasets() throws IOException {
        Path specDir = Files.createDirectories(dir.resolve("specs"));
        Files.createDirectories(specDir.resolve("local"));
        Path file = specDir.resolve("s.json");
        Files.writeString(file, """
                {"data_dir": "local", "start": "2007-01-31", "end": "2015-12-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 1}}}
                """);
        assertEquals(new DataLocation.Directory(specDir.resolve("local")), reader.read(file).dataDir());

        Files.writeString(file, """
                {"data_dir": "datasets/market", "start": "2007-01-31", "end": "2015-12-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 0.6, "AGG": 0.4}}}
                """);
        DataLocation bundled = reader.read(file).dataDir();
        assertInstanceOf(DataLocation.Bundled.class, bundled);
        assertEquals("/datasets/market", ((DataLocation.Bundled) bundled).root());

        Files.writeString(file, """
                {"data_dir": "nowhere", "start": "2007-01-31", "end": "2015-12-31",
                 "alpha": {"type": "fixed", "weights": {"SPY": 1}}}
                """);
        String m = assertThrows(SpecException.class, () -> reader.read(file)).getMessage();
        assertTrue(m.contains("s.json:1:2: data_dir: directory \"nowhere\" not found"), m);
    }

    @Test
    void fromTreeReportsDottedPathWithoutLines() throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree("""
                {"data_dir": "prices", "start": "2007-01-31", "end": "2015-12-31", "universe": ["A", "B"],
                 "alpha": {"type": "momentum_top_n", "lookback": 126}}
                """);
        ((ObjectNode) tree.get("alpha")).put("lookback", 20);
        assertEquals(new AlphaConfig.MomentumTopN(20, 3), reader.fromTree(tree, "sweep variant 3").config().alpha());
        ((ObjectNode) tree.get("alpha")).put("lookback", 0);
        SpecException e = assertThrows(SpecException.class, () -> reader.fromTree(tree, "sweep variant 4"));
        assertEquals("sweep variant 4: alpha.lookback: must be at least 1 (days of closes), got 0", e.getMessage());
    }
}
