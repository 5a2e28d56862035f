package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void comparesSchedulersSideBySideAndWritesJson(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("out/sim.json");
        CliRun r = run("sim", "--generate", "300", "--nodes", "4", "--cores-per-node", "4", "--seed", "3",
                "--json", json.toString());
        assertEquals(0, r.status(), r.err());
        String header = r.out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(header.contains("builtin") && header.contains("backfill"), r.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        for (String s : List.of("builtin", "backfill")) {
            JsonNode n = root.path("schedulers").path(s);
            for (String key : List.of("jobs", "completed", "skipped", "makespan_s", "utilisation", "mean_wait_s",
                    "median_wait_s", "p95_wait_s", "mean_bounded_slowdown", "wall_seconds")) {
                assertTrue(n.has(key), s + " lacks " + key);
            }
            assertEquals(300, n.path("jobs").asInt());
        }
        try (var files = Files.list(json.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the result");
        }
    }

    @Test
    void sameSeedSameResults(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        run("sim", "--generate", "200", "--nodes", "4", "--seed", "9", "--json", a.toString());
        run("sim", "--generate", "200", "--nodes", "4", "--seed", "9", "--json", b.toString());
        assertEquals(withoutWallTime(a), withoutWallTime(b));
    }

    private static JsonNode withoutWallTime(Path p) throws IOException {
        JsonNode root = new ObjectMapper().readTree(p.toFile());
        root.path("schedulers").forEach(n -> ((ObjectNode) n).remove("wall_seconds"));
        return root;
    }

    @Test
    void unknownSchedulerOrMissingTraceIsAUsageError(@TempDir Path dir) {
        CliRun r = run("sim", "--schedulers", "builtin,easy");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("easy"), r.err());
        CliRun badInterval = run("sim", "--bf-interval", "0");
        assertEquals(2, badInterval.status());
        assertTrue(badInterval.err().contains("--bf-interval"), badInterval.err());
        CliRun missing = run("sim", "--trace", dir.resolve("none.swf").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.swf"), missing.err());
    }
}
