package org.pilab.realcluster.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.ProcessRunner;

class SbatchScriptTest {

    @TempDir
    Path tmp;

    private static SbatchScript sweep(Optional<Integer> throttle, String pre) {
        return new SbatchScript("pilab-s", "short", "10:00", Optional.of(12), throttle, 1, "384m", "/shared/pilab.jar",
                "/shared/runs/r/spec.json", "/shared/runs/r/results", "/shared/runs/r/logs", "/shared/runs/r", pre);
    }

    @Test
    void aSweepIsAnArrayWithTheThrottleAfterAPercentSign() {
        assertEquals("0-11%4", sweep(Optional.of(4), null).arraySpec().orElseThrow());
        assertEquals("0-11", sweep(Optional.empty(), null).arraySpec().orElseThrow());
        String s = sweep(Optional.of(4), null).render();
        assertTrue(s.startsWith("#!/bin/bash\n"), s);
        for (String line : List.of("#SBATCH --array=0-11%4", "#SBATCH --partition=short", "#SBATCH --time=10:00",
                "#SBATCH --requeue", "#SBATCH --open-mode=append", "#SBATCH --output=/shared/runs/r/logs/%A_%a.out",
                "#SBATCH --chdir=/shared/runs/r")) {
            assertTrue(s.contains(line + "\n"), line + " in\n" + s);
        }
    }

    @Test
    void aBacktestIsNoArrayAndLogsByJobId() {
        SbatchScript b = new SbatchScript("pilab-b", null, null, Optional.empty(), Optional.empty(), 2, "1g",
                "/s/pilab.jar", "/s/spec.json", "/s/results", "/s/logs", "/s", null);
        String s = b.render();
        assertTrue(!s.contains("--array") && !s.contains("--partition") && !s.contains("--time"), s);
        assertTrue(s.contains("#SBATCH --output=/s/logs/%j.out\n") && s.contains("#SBATCH --cpus-per-task=2\n"), s);
    }

    @Test
    void unsafeValuesAreRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> new SbatchScript("j", null, null, Optional.empty(),
                Optional.empty(), 1, "512m", "/a b/pilab.jar", "/s", "/r", "/l", "/w", null));
        assertThrows(IllegalArgumentException.class, () -> new SbatchScript("j", "short;id", null, Optional.empty(),
                Optional.empty(), 1, "512m", "/j", "/s", "/r", "/l", "/w", null));
        assertThrows(IllegalArgumentException.class, () -> new SbatchScript("j", null, "soon", Optional.empty(),
                Optional.empty(), 1, "512m", "/j", "/s", "/r", "/l", "/w", null));
        assertThrows(IllegalArgumentException.class, () -> sweep(Optional.of(0), null));
        assertThrows(IllegalArgumentException.class, () -> sweep(Optional.empty(), "a\nb"));
    }

    /** Runs the script as a job would, with a stand-in java that prints its arguments. */
    @Test
    void theScriptRunsThePreCommandThenTheEngineWithTheTaskFromSlurm() throws IOException {
        ProcessRunner plain = new ProcessRunner();
        Assumptions.assumeTrue(plain.run(List.of("sh", "-c", "command -v bash"), "", Duration.ofSeconds(5)).ok(), "no bash");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf 'java:%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(tmp.resolve("pilab.jar"), "jar");
        Path script = tmp.resolve("job.sbatch");
        String t = tmp.toString();
        Files.writeString(script, new SbatchScript("pilab-s", null, null, Optional.of(4), Optional.empty(), 1, "384m",
                jar.toString(), t + "/spec.json", t + "/results", t + "/logs", t, "echo pre-command ran").render());
        ProcessRunner job = new ProcessRunner(Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "SLURM_ARRAY_TASK_ID", "3", "SLURM_JOB_ID", "17"));
        CommandResult r = job.run(List.of("bash", script.toString()), "", Duration.ofSeconds(20));
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("pilab: start task 3 of job 17 on "), lines.get(0));
        assertEquals("pre-command ran", lines.get(1));
        assertEquals(List.of("java:-Xmx384m", "java:-XX:+UseSerialGC", "java:-jar", "java:" + jar, "java:job", "java:run",
                "java:" + t + "/spec.json", "java:--out", "java:" + t + "/results"), lines.subList(2, lines.size()));
    }

    /** A node without the shared folder: java's own error, after the start line naming the node. */
    @Test
    void aFailingEngineFailsTheTaskAfterTheStartLine() throws IOException {
        ProcessRunner plain = new ProcessRunner();
        Assumptions.assumeTrue(plain.run(List.of("sh", "-c", "command -v bash"), "", Duration.ofSeconds(5)).ok(), "no bash");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'Error: Unable to access jarfile' >&2\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String t = tmp.toString();
        String script = new SbatchScript("pilab-s", null, null, Optional.empty(), Optional.empty(), 1, "384m",
                t + "/missing.jar", t + "/spec.json", t + "/results", t + "/logs", t, null).render();
        ProcessRunner job = new ProcessRunner(Map.of("PATH", bin + ":" + System.getenv("PATH"), "SLURM_JOB_ID", "9"));
        CommandResult r = job.run(List.of("bash", "-s"), script, Duration.ofSeconds(20));
        assertEquals(1, r.exitCode());
        assertTrue(r.stdout().startsWith("pilab: start job 9 on "), r.stdout());
        assertTrue(r.stderr().contains("Unable to access jarfile"), r.stderr());
    }

    /**
     * Below the directives each line is one plain command: no assignment, condition, exec or
     * command list, so the virtual cluster's batch runner reads it as bash does.
     */
    @Test
    void everyCommandIsOnePlainCommand() {
        String script = new SbatchScript("pilab-s", "short", "10:00", Optional.of(4), Optional.of(2), 1, "384m",
                "/c/pilab.jar", "/c/r/spec.json", "/c/r/results", "/c/r/logs", "/c/r", "sleep 5").render();
        List<String> commands = script.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(3, commands.size(), script);
        for (String c : commands) {
            assertFalse(c.matches("^[A-Za-z_][A-Za-z0-9_]*=.*") || c.matches(".*(;|&&|\\|\\||\\bif\\b|\\bexec\\b|\\bset\\b).*"),
                    "not a plain command: " + c);
        }
        assertEquals("java -Xmx384m -XX:+UseSerialGC -jar /c/pilab.jar job run /c/r/spec.json --out /c/r/results",
                commands.get(2));
    }
}
