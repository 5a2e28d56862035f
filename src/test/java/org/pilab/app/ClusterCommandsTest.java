package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster sub-commands' refusals, which need no cluster. */
class ClusterCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void clusterAloneAsksForASubCommand() {
        Run r = run("cluster");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("missing sub-command"), r.err());
    }

    @Test
    void viaTakesSshAndATarget() {
        Run r = run("cluster", "submit", "datasets/examples/sixty_forty.json", "--via", "telnet", "pi@pi01",
                "--state", tmp.resolve("s.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--via takes 'ssh USER@HEAD'"), r.err());
        Run bad = run("cluster", "submit", "datasets/examples/sixty_forty.json", "--via", "ssh", "-oProxyCommand=x",
                "--state", tmp.resolve("s.json").toString());
        assertEquals(2, bad.status());
    }

    @Test
    void resultsOfAnUnknownJobSayWhereTheyLooked() {
        Path state = tmp.resolve("s.json");
        Run r = run("cluster", "results", "99", "--state", state.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("job 99 is not in " + state), r.err());
    }

    @Test
    void aMissingSpecIsAUsageError() {
        Run r = run("cluster", "submit", tmp.resolve("none.json").toString(), "--state", tmp.resolve("s.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such spec file"), r.err());
    }

    @Test
    void testbedScriptsThatCannotBeFoundAreNamed() {
        Run r = run("cluster", "testbed", "status", "--scripts", tmp.toString());
        assertEquals(3, r.status());
        assertTrue(r.err().contains("--scripts " + tmp), r.err());
    }
}
