package org.pilab.realcluster.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.LocalHead;
import org.pilab.realcluster.exec.RecordingRunner;

/** Submission against this machine's files with a stand-in sbatch. */
class SubmitterTest {

    @TempDir
    Path tmp;

    private static final Path SWEEP = Path.of("datasets/examples/momentum_sweep.json");

    private Submitter submitter(RecordingRunner runner, SubmissionStore store) {
        return new Submitter(new LocalHead(runner, Duration.ofSeconds(10)), store, "local");
    }

    private Submitter.Request request(Path shared, Integer throttle) {
        return new Submitter.Request(SWEEP, shared.toString(), null, "short", "20:00", throttle, 1, "512m", null);
    }

    private RecordingRunner sbatch(Function<RecordingRunner.Call, CommandResult> answer) {
        return new RecordingRunner(answer);
    }

    @Test
    void aSweepIsWrittenSubmittedAsAnArrayAndRecorded() throws IOException {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(shared.resolve("pilab.jar"), "jar");
        RecordingRunner runner = sbatch(c -> RecordingRunner.ok(c.argv(), "42;pilab\n"));
        SubmissionStore store = new SubmissionStore(tmp.resolve("state/submissions.json"));
        Submission s = submitter(runner, store).submit(request(shared, 8), "20260101-120000", "2026-01-01T12:00:00Z");
        assertEquals("42", s.jobId());
        assertEquals(120, s.tasks());
        Path run = Path.of(s.runDir());
        assertEquals(shared.resolve("runs/momentum_sweep-20260101-120000"), run);
        assertEquals(List.of("sbatch", "--parsable", run.resolve("job.sbatch").toString()), runner.calls.get(0).argv());
        String script = Files.readString(run.resolve("job.sbatch"));
        assertTrue(script.contains("#SBATCH --array=0-119%8\n"), script);
        assertTrue(script.contains("-jar " + shared.resolve("pilab.jar") + " job run "), script);
        assertTrue(Files.isDirectory(run.resolve("results")) && Files.isDirectory(run.resolve("logs")));
        assertTrue(Files.readString(run.resolve("spec.json")).contains("\"grid\""));
        assertTrue(Files.readString(run.resolve("submission.json")).contains("\"job_id\" : \"42\""));
        assertEquals(s, store.find("42").orElseThrow());
    }

    @Test
    void aMissingJarIsFoundBeforeAnythingIsSubmitted() {
        Path shared = tmp.resolve("shared");
        RecordingRunner runner = sbatch(c -> RecordingRunner.ok(c.argv(), "1\n"));
        SubmissionStore store = new SubmissionStore(tmp.resolve("s.json"));
        SubmitException e = assertThrows(SubmitException.class,
                () -> submitter(runner, store).submit(request(shared, null), "x", "t"));
        assertTrue(e.getMessage().contains(shared.resolve("pilab.jar").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("cp target/pilab.jar"), e.getMessage());
        assertTrue(runner.calls.isEmpty(), "sbatch never ran");
        assertFalse(Files.exists(shared.resolve("runs")));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void sbatchErrorsAreShownVerbatimWithWhatToDoAndNothingIsRecorded() throws IOException {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(shared.resolve("pilab.jar"), "jar");
        String said = "sbatch: error: invalid partition specified: nosuch\n"
                + "sbatch: error: Batch job submission failed: Invalid partition name specified\n";
        RecordingRunner runner = sbatch(c -> new CommandResult(c.argv(), 1, "", said));
        SubmissionStore store = new SubmissionStore(tmp.resolve("s.json"));
        SubmitException e = assertThrows(SubmitException.class,
                () -> submitter(runner, store).submit(request(shared, null), "x", "t"));
        assertTrue(e.getMessage().contains("sbatch: error: invalid partition specified: nosuch"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid partition name specified"), e.getMessage());
        assertTrue(e.getMessage().contains("What to do: name a partition"), e.getMessage());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void jobIdsAreReadFromParsableOutput() {
        assertEquals("42", Submitter.parseJobId("42\n"));
        assertEquals("42", Submitter.parseJobId("42;pilab\n"));
        assertThrows(SubmitException.class, () -> Submitter.parseJobId("Submitted batch job 42"));
    }

    @Test
    void theStoreFindsTheLatestSubmissionOfAnId() {
        SubmissionStore store = new SubmissionStore(tmp.resolve("deep/dir/s.json"));
        Submission a = new Submission("1", "local", "a.json", "aaaaaaaaaaaa", 4, "/r/a", "t1");
        Submission b = new Submission("2", "pi@pi01", "b.json", "bbbbbbbbbbbb", 0, "/r/b", "t2");
        Submission c = new Submission("1", "local", "c.json", "cccccccccccc", 8, "/r/c", "t3");
        store.add(a);
        store.add(b);
        store.add(c);
        assertEquals(List.of(a, b, c), new SubmissionStore(tmp.resolve("deep/dir/s.json")).all());
        assertEquals(c, store.find("1").orElseThrow());
        assertEquals(c, store.latest().orElseThrow());
        assertTrue(store.find("3").isEmpty());
    }

    @Test
    void sbatchHintsCoverTheUsualCauses() {
        assertTrue(SbatchErrors.explain(127, "bash: sbatch: command not found").contains("--via ssh USER@HEAD"));
        assertTrue(SbatchErrors.explain(127, "bash: sbatch: command not found", "pi@pi02").contains("is it the head node?"));
        assertTrue(SbatchErrors.explain(1, "sbatch: error: Batch job submission failed: Unable to contact slurm"
                + " controller (connect failure)").contains("scontrol ping"));
        assertTrue(SbatchErrors.explain(1, "sbatch: fatal: Could not establish a configuration source")
                .contains("SLURM_CONF"));
        assertTrue(SbatchErrors.explain(1, "sbatch: error: Batch job submission failed: Requested time limit is"
                + " invalid (missing or exceeds some limit)").contains("--time"));
    }
}
