package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster sub-commands' refusals, which need no cluster. */
class ClusterCommandsTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void clusterAloneAsksForASubCommand() {
        CliRun r = run("cluster");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("missing sub-command"), r.err());
    }

    @Test
    void viaTakesSshAndATarget() {
        CliRun r = run("cluster", "submit", "datasets/examples/sixty_forty.json", "--via", "telnet", "pi@pi01",
                "--state", tmp.resolve("s.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--via takes 'ssh USER@HEAD'"), r.err());
        CliRun bad = run("cluster", "submit", "datasets/examples/sixty_forty.json", "--via", "ssh", "-oProxyCommand=x",
                "--state", tmp.resolve("s.json").toString());
        assertEquals(2, bad.status());
    }

    @Test
    void resultsOfAnUnknownJobSayWhereTheyLooked() {
        Path state = tmp.resolve("s.json");
        CliRun r = run("cluster", "results", "99", "--state", state.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("job 99 is not in " + state), r.err());
    }

    @Test
    void resultsWithoutAJobIdAndNothingSubmittedSayWhereTheyLooked() {
        Path state = tmp.resolve("empty.json");
        CliRun r = run("cluster", "results", "--state", state.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no submission is recorded in " + state), r.err());
    }

    @Test
    void aMissingSpecIsAUsageError() {
        CliRun r = run("cluster", "submit", tmp.resolve("none.json").toString(), "--state", tmp.resolve("s.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such spec file"), r.err());
    }

    @Test
    void testbedScriptsThatCannotBeFoundAreNamed() {
        CliRun r = run("cluster", "testbed", "status", "--scripts", tmp.toString());
        assertEquals(3, r.status());
        assertTrue(r.err().contains("--scripts " + tmp), r.err());
    }
}
