package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;

/** {@code pilab plan} end to end, through {@link Main#run}. */
class PlanCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String SWEEP = """
            {"base": {"title": "momentum", "data_dir": "datasets/sectors", "start": "2010-01-04", "end": "2019-12-31",
              "universe": ["S1", "S2", "S3", "S4"],
              "alpha": {"type": "momentum_top_n", "lookback": 126, "top_n": 2},
              "rebalance": {"frequency": "end_of_month"}},
             "grid": {"alpha.lookback": {"from": 21, "to": 252, "step": 21}, "alpha.top_n": [1, 2, 3]}}
            """;

    @Test
    void printsEverySectionWithUnits() {
        CliRun r = run("plan", "--nodes", "4", "--model", "pi4-4gb", "--cooling", "fan");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Plan: 4 x "), r.out());
        for (String section : List.of("Bill of materials (prices in USD as of ", "Power (nodes + switch)",
                "Energy per year at $0.30/kWh", "Thermal verdict (sustained full load, cooling fan)")) {
            assertTrue(r.out().contains(section), () -> section + " missing:\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("full load") && l.endsWith(" W")), r.out());
        assertTrue(r.out().contains(" kWh "), r.out());
        assertTrue(r.out().contains("no throttling"), r.out());
    }

    @Test
    void boardLineUsesTheCataloguePrice() {
        PiModel pi5 = Catalogue.load().model("pi5-8gb");
        CliRun r = run("plan", "--nodes", "2", "--model", "pi5-8gb");
        assertEquals(0, r.status(), r.err());
        String line = r.out().lines().filter(l -> l.strip().startsWith(pi5.displayName())).findFirst().orElseThrow();
        assertTrue(line.contains(String.format(java.util.Locale.ROOT, "$%.2f", pi5.latestPrice().usd())), line);
    }

    @Test
    void uncooledPi4IsToldToAddAFan() {
        CliRun r = run("plan", "--nodes", "4", "--model", "pi4-4gb", "--cooling", "none");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("throttles: settles at"), r.out());
        assertTrue(r.out().contains("add a fan"), r.out());
    }

    @Test
    void jsonHasTheSpecifiedKeysAndSweepEstimate(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, SWEEP);
        Path json = dir.resolve("out/plan.json");
        CliRun r = run("plan", "--nodes", "4", "--model", "pi5-4gb", "--sweep", sweep.toString(), "--laptop-cores", "2",
                "--json", json.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Sweep estimate: 36 variants of 4 assets"), r.out());
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("bill_of_materials", "cost_usd", "price_date", "power_idle_w", "power_load_w",
                "yearly_kwh", "thermal", "sweep_estimate"), keys.subList(0, 8));
        JsonNode estimate = root.get("sweep_estimate");
        assertEquals(36, estimate.get("variants").asInt());   // 12 lookbacks x 3 top_n
        assertEquals(16, estimate.get("slots").asInt());
        assertEquals(3, estimate.get("waves").asInt());
        assertEquals(2, estimate.get("laptop_cores").asInt());
    }

    @Test
    void jsonWithoutSweepHasANullEstimate(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("plan.json");
        assertEquals(0, run("plan", "--nodes", "1", "--model", "pi4-4gb", "--json", json.toString()).status());
        assertTrue(new ObjectMapper().readTree(Files.readString(json)).get("sweep_estimate").isNull());
    }

    @Test
    void applyWritesTheScenarioFile(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("rack.json");
        CliRun r = run("plan", "--nodes", "3", "--model", "pi4-4gb", "--cooling", "heatsink", "--network", "wifi",
                "--apply", scenario.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Wrote a scenario of 3 virtual nodes to " + scenario), r.out());
        JsonNode nodes = new ObjectMapper().readTree(Files.readString(scenario)).get("nodes");
        assertEquals(3, nodes.size());
        assertEquals("pi02", nodes.get(1).get("name").asText());
        assertEquals("pi4-4gb", nodes.get(1).get("model").asText());
        assertEquals("heatsink", nodes.get(1).get("cooling").asText());
        assertEquals("wifi", nodes.get(1).get("network").asText());
    }

    @Test
    void unknownModelListsTheValidIdsOnOneLine() {
        CliRun r = run("plan", "--nodes", "4", "--model", "pi9");
        assertEquals(2, r.status());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("pilab plan: unknown model \"pi9\"; valid models: "), lines.get(0));
        for (PiModel m : Catalogue.load().models()) {
            assertTrue(lines.get(0).contains(m.id()), m.id());
        }
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--nodes 0 --model pi4-4gb|--nodes must be between 1 and 64, got 0",
        "--nodes 65 --model pi4-4gb|--nodes must be between 1 and 64, got 65",
        "--nodes 4 --model pi4-4gb --kwh-price -0.30|--kwh-price must not be negative, got -0.30",
        "--nodes 4 --model pi5-4gb --power poe|no PoE HAT fits pi5-4gb; use --power psu",
        "--nodes 4 --model zero2w|zero2w has no Ethernet port; use --network wifi or another model",
        "--model pi4-4gb|give --nodes N and --model M"})
    void badInputIsOneClearLineAndStatus2(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("plan"));
        argv.addAll(List.of(args.split(" ")));
        CliRun r = run(argv.toArray(String[]::new));
        assertEquals(2, r.status(), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("pilab plan: " + message), lines.get(0));
    }

    @Test
    void missingSweepFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        CliRun r = run("plan", "--nodes", "4", "--model", "pi4-4gb", "--sweep", missing.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }

    @Test
    void updateGuideRewritesOnlyGeneratedBlocks(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("p.md");
        Files.writeString(page, "intro\n<!-- generated:network -->\nold\n<!-- /generated:network -->\nend\n");
        CliRun r = run("plan", "--update-guide", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("updated " + page), r.out());
        String text = Files.readString(page);
        assertTrue(text.startsWith("intro\n<!-- generated:network -->\n") && text.endsWith("end\n"), text);
        assertTrue(text.contains("Mb/s"), text);
        CliRun again = run("plan", "--update-guide", dir.toString());
        assertTrue(again.out().contains("already matches the catalogue"), again.out());
    }
}
