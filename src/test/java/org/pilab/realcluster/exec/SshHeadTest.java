package org.pilab.realcluster.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ssh command line, checked without contacting any host: the remote words are recovered
 * by running the very string ssh would send through a local shell.
 */
class SshHeadTest {

    @TempDir
    Path tmp;

    private static SshHead head(RecordingRunner runner) {
        return new SshHead(runner, SshTarget.parse("pi@10.0.0.11"), Duration.ofSeconds(30));
    }

    /** What a remote POSIX shell makes of the command string ssh sends. */
    private static List<String> remoteWords(String commandLine) {
        CommandResult r = new ProcessRunner().run(List.of("sh", "-c", "set -- " + commandLine + "; printf '%s\\0' \"$@\""),
                "", Duration.ofSeconds(10));
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> words = new ArrayList<>(Arrays.asList(r.stdout().split("\0", -1)));
        words.remove(words.size() - 1);
        return words;
    }

    @Test
    void theRemoteCommandIsOneQuotedArgumentAfterTheTarget() {
        RecordingRunner runner = new RecordingRunner(c -> RecordingRunner.ok(c.argv(), "42\n"));
        List<String> remote = new ArrayList<>(List.of("sbatch", "--parsable"));
        remote.addAll(ShellQuoteTest.NASTY);
        CommandResult r = head(runner).run(remote, "");
        assertEquals("42\n", r.stdout());
        List<String> argv = runner.calls.get(0).argv();
        assertEquals("ssh", argv.get(0));
        assertTrue(argv.contains("BatchMode=yes"), argv.toString());
        int dashes = argv.indexOf("--");
        assertEquals("pi@10.0.0.11", argv.get(dashes + 1));
        assertEquals(dashes + 3, argv.size(), "everything remote is one argument");
        assertEquals(remote, remoteWords(argv.get(dashes + 2)));
    }

    @Test
    void anUnreachableHeadSaysSoVerbatimAndWhatToDo() {
        RecordingRunner runner = new RecordingRunner(c -> new CommandResult(c.argv(), 255, "",
                "ssh: connect to host 10.0.0.11 port 22: No route to host\n"));
        ClusterException e = assertThrows(ClusterException.class, () -> head(runner).run("sinfo"));
        assertTrue(e.getMessage().contains("ssh: connect to host 10.0.0.11 port 22: No route to host"), e.getMessage());
        assertTrue(e.getMessage().contains("What to do"), e.getMessage());
        assertTrue(e.getMessage().contains("ssh pi@10.0.0.11 true"), e.getMessage());
    }

    @Test
    void remoteFailuresAreReturnedNotThrown() {
        RecordingRunner runner = new RecordingRunner(c -> new CommandResult(c.argv(), 1, "", "sbatch: error: nope\n"));
        CommandResult r = head(runner).run("sbatch", "x");
        assertEquals(1, r.exitCode());
        assertEquals(List.of("sbatch", "x"), r.argv());
    }

    @Test
    void filesAreWrittenThroughATempFileWithTheContentOnStdin() {
        RecordingRunner runner = new RecordingRunner(c -> RecordingRunner.ok(c.argv(), ""));
        head(runner).writeFile("/clusterfs/pilab/runs/a b/spec.json", "{\"x\": 1}\n");
        assertEquals(2, runner.calls.size());
        String first = runner.calls.get(0).argv().get(runner.calls.get(0).argv().size() - 1);
        assertEquals(List.of("dd", "of=/clusterfs/pilab/runs/a b/spec.json.tmp", "status=none"), remoteWords(first));
        assertEquals("{\"x\": 1}\n", runner.calls.get(0).stdin());
        String second = runner.calls.get(1).argv().get(runner.calls.get(1).argv().size() - 1);
        assertEquals(List.of("mv", "-f", "--", "/clusterfs/pilab/runs/a b/spec.json.tmp",
                "/clusterfs/pilab/runs/a b/spec.json"), remoteWords(second));
    }

    @Test
    void resultsAreFetchedIntoTheCacheOneFilePerTask() throws IOException {
        String t0 = "{\"format\":\"pilab-task-result\",\"task\":0}";
        String t3 = "{\"format\":\"pilab-task-result\",\"task\":3}";
        RecordingRunner runner = new RecordingRunner(c -> {
            String remote = c.argv().get(c.argv().size() - 1);
            if (remote.startsWith("find")) {
                return RecordingRunner.ok(c.argv(), "/r/task-000003.json\n/r/task-000000.json\n");
            }
            return RecordingRunner.ok(c.argv(), t0 + "\n" + t3 + "\n" + "{torn\n");
        });
        Path cache = head(runner).resultsHere("/r", tmp.resolve("cache"));
        assertEquals(t0 + "\n", Files.readString(cache.resolve("task-000000.json")));
        assertEquals(t3 + "\n", Files.readString(cache.resolve("task-000003.json")));
        String cat = runner.calls.get(1).argv().get(runner.calls.get(1).argv().size() - 1);
        assertEquals(List.of("cat", "--", "/r/task-000000.json", "/r/task-000003.json"), remoteWords(cat));
        assertFalse(Files.exists(cache.resolve("task-000001.json")));
    }

    @Test
    void targetsThatCouldBeReadAsOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SshTarget.parse("-oProxyCommand=touch /tmp/x"));
        assertThrows(IllegalArgumentException.class, () -> SshTarget.parse("pi@host name"));
        assertThrows(IllegalArgumentException.class, () -> SshTarget.parse("pi@"));
        assertThrows(IllegalArgumentException.class, () -> SshTarget.parse("Pi;id@host"));
        assertEquals("pi@pi01", SshTarget.parse("pi@pi01").toString());
        assertEquals("pi01", SshTarget.parse("pi01").toString());
    }
}
