package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps end to end: local runs, array tasks gathered from files, and single backtests agree. */
class SweepCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path sweepFile;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void writeSweep() throws IOException {
        ObjectNode base = (ObjectNode) JSON.readTree(Path.of("datasets/examples/sixty_forty.json").toFile());
        base.put("data_dir", Path.of("datasets/market").toAbsolutePath().toString());
        ObjectNode sweep = JSON.createObjectNode();
        sweep.set("base", base);
        ObjectNode grid = sweep.putObject("grid");
        grid.putArray("sizing.cash_buffer").add(0.01).add(0.2);
        grid.putArray("rebalance.frequency").add("end_of_month").add("weekly");
        sweepFile = tmp.resolve("sweep.json");
        Files.writeString(sweepFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sweep));
    }

    @Test
    void localSweepRanksEveryVariantBySharpe() throws IOException {
        Path json = tmp.resolve("ranked.json");
        CliRun r = run("sweep", sweepFile.toString(), "--local", "--threads", "2", "--json", json.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode ranked = JSON.readTree(json.toFile());
        assertEquals(4, ranked.get("trials").asInt());
        JsonNode results = ranked.get("results");
        assertEquals(4, results.size());
        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).get("sharpe").asDouble() >= results.get(i).get("sharpe").asDouble());
        }
        assertTrue(ranked.get("deflated_sharpe").isNumber());
        assertTrue(r.out().contains("Deflated Sharpe ratio"), r.out());
    }

    @Test
    void arrayTasksGatheredFromFilesEqualTheLocalSweep() throws IOException {
        Path dir = tmp.resolve("results");
        for (int task = 0; task < 4; task++) {
            CliRun r = run("job", "run", sweepFile.toString(), "--task", Integer.toString(task), "--out", dir.toString());
            assertEquals(0, r.status(), r.err());
        }
        Path local = tmp.resolve("local.json");
        Path gathered = tmp.resolve("gathered.json");
        assertEquals(0, run("sweep", sweepFile.toString(), "--json", local.toString()).status());
        CliRun g = run("sweep", sweepFile.toString(), "--results", dir.toString(), "--json", gathered.toString());
        assertEquals(0, g.status(), g.err());
        assertEquals(JSON.readTree(local.toFile()), JSON.readTree(gathered.toFile()));
    }

    @Test
    void aVariantEqualsASingleBacktestOfTheSameParameters() throws IOException {
        Path dir = tmp.resolve("one");
        assertEquals(0, run("job", "run", sweepFile.toString(), "--task", "3", "--out", dir.toString()).status());
        JsonNode task = JSON.readTree(dir.resolve("task-000003.json").toFile());

        ObjectNode spec = (ObjectNode) JSON.readTree(sweepFile.toFile()).get("base");
        ((ObjectNode) spec.get("sizing")).put("cash_buffer", 0.2);
        ((ObjectNode) spec.get("rebalance")).put("frequency", "weekly");
        Path single = tmp.resolve("single.json");
        Files.writeString(single, spec.toString());
        Path out = tmp.resolve("single-out.json");
        CliRun b = run("backtest", single.toString(), "--json", out.toString());
        assertEquals(0, b.status(), b.err());
        JsonNode strategy = JSON.readTree(out.toFile()).get("strategy");
        assertEquals(strategy.get("sharpe").asDouble(), task.get("sharpe").asDouble(), 0.0);
        assertEquals(strategy.get("final_equity").asDouble(), task.get("final_equity").asDouble(), 0.0);
        assertEquals(0.2, task.at("/params/sizing.cash_buffer").asDouble());
    }

    @Test
    void halfFinishedArrayIsRankedWithTheMissingTasksNamed() {
        Path dir = tmp.resolve("half");
        assertEquals(0, run("job", "run", sweepFile.toString(), "--task", "1", "--out", dir.toString()).status());
        CliRun g = run("sweep", sweepFile.toString(), "--results", dir.toString());
        assertEquals(0, g.status(), g.err());
        assertTrue(g.out().contains("Missing results for tasks: 0,2-3"), g.out());
    }

    @Test
    void gridPathMissingFromTheBaseIsABadInput() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(sweepFile).replace("sizing.cash_buffer", "sizing.cash_bufer"));
        CliRun r = run("sweep", bad.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("sizing.cash_bufer") && r.err().matches("(?s).*bad.json:\\d+:\\d+: .*"), r.err());
        assertTrue(r.err().contains("did you mean \"sizing.cash_buffer\""), r.err());
    }

    @Test
    void sweepJobWithoutATaskSaysHowToChooseOne() {
        CliRun r = run("job", "run", sweepFile.toString(), "--out", tmp.resolve("x").toString());
        if (System.getenv("SLURM_ARRAY_TASK_ID") == null) {
            assertEquals(2, r.status());
            assertTrue(r.err().contains("--task"), r.err());
        }
    }
}
