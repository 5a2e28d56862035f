package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pilab command's contract: help, version, usage errors with status 2. */
class CommandLineTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private static final List<String> SUBCOMMANDS = List.of(
            "backtest", "bench", "sweep", "sim", "shell", "top", "lessons", "plan", "cluster", "data", "job");

    @Test
    void helpListsEverySubcommand() {
        Run r = run("--help");
        assertEquals(0, r.status());
        for (String sub : SUBCOMMANDS) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(sub + " ")),
                    () -> sub + " missing from help:\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"backtest", "bench", "sweep", "sim", "shell", "top", "lessons", "plan", "cluster",
        "data", "job"})
    void everySubcommandHasHelp(String sub) {
        Run r = run(sub, "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: pilab " + sub), r.out());
    }

    @Test
    void versionNamesTheProduct() {
        Run r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("pilab "), r.out());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        Run r = run("no-such-command");
        assertEquals(2, r.status());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains("no-such-command"), lines.get(0));
        assertTrue(lines.get(1).contains("pilab --help"), lines.get(1));
    }

    @Test
    void badFlagIsAUsageErrorNamingTheFlag() {
        Run r = run("sim", "--no-such-flag");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--no-such-flag"), r.err());
        assertTrue(r.err().contains("pilab sim --help"), r.err());
    }
}
