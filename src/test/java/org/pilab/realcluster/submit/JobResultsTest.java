package org.pilab.realcluster.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.jobs.sweep.TaskResultFile;
import org.pilab.jobs.sweep.VariantResult;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.LocalHead;
import org.pilab.realcluster.exec.RecordingRunner;

/** A half-finished array: finished results are kept, the missing tasks say what became of them. */
class JobResultsTest {

    @TempDir
    Path tmp;

    private static VariantResult result(int task) {
        return new VariantResult(task, Map.of("alpha.lookback", IntNode.valueOf(21 * (task + 1))), 0.5 + task / 10.0,
                0.05, 0.1, 1_100_000, new double[] {0.01, -0.002, 0.003, 0.001, -0.004});
    }

    @Test
    void finishedTasksAreKeptAndMissingOnesAreSplitIntoRunningAndLost() throws IOException {
        Path results = Files.createDirectories(tmp.resolve("run/results"));
        for (int t : List.of(0, 2, 5)) {
            TaskResultFile.write(results, "fp0000000001", result(t));
        }
        Files.writeString(results.resolve("task-000004.json"), "{torn");
        RecordingRunner runner = new RecordingRunner(c -> {
            if (c.argv().get(0).equals("squeue")) {
                return RecordingRunner.ok(c.argv(), "7_1|RUNNING|pi02\n7_3|PENDING|\n7_2|RUNNING|pi01\n");
            }
            return new CommandResult(c.argv(), 1, "", "sacct: error: Slurm accounting storage is disabled\n");
        });
        Submission s = new Submission("7", "local", "s.json", "fp0000000001", 6, tmp.resolve("run").toString(), "t");
        JobResults.Collected c = JobResults.collect(new LocalHead(runner, Duration.ofSeconds(5)), s, tmp.resolve("cache"));
        assertEquals(List.of(0, 2, 5), c.results().stream().map(VariantResult::task).sorted().toList());
        assertEquals(List.of(1, 3, 4), c.missing());
        assertEquals(List.of(1, 3), c.stillRunning());
        assertEquals(List.of(4), c.lost());
        assertEquals("RUNNING on pi02", c.states().get(1).toString());
        assertEquals("PENDING", c.states().get(3).toString());
        assertTrue(c.problems().stream().anyMatch(p -> p.contains("task-000004.json")), c.problems().toString());
        assertEquals(tmp.resolve("run/logs/7_4.out").toString(), s.logFile(4));
    }

    @Test
    void aCompleteArrayAsksSlurmNothing() throws IOException {
        Path results = Files.createDirectories(tmp.resolve("run/results"));
        TaskResultFile.write(results, "fp", result(0));
        RecordingRunner runner = new RecordingRunner(c -> RecordingRunner.ok(c.argv(), ""));
        Submission s = new Submission("8", "local", "s.json", "fp", 1, tmp.resolve("run").toString(), "t");
        JobResults.Collected c = JobResults.collect(new LocalHead(runner, Duration.ofSeconds(5)), s, tmp.resolve("cache"));
        assertEquals(List.of(), c.missing());
        assertTrue(runner.calls.isEmpty());
    }
}
