package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pilab command's contract: help, version, usage errors with status 2. */
class CommandLineTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final List<String> SUBCOMMANDS = List.of(
            "backtest", "bench", "sweep", "sim", "shell", "top", "lessons", "plan", "cluster", "data", "job");

    @Test
    void helpListsEverySubcommand() {
        CliRun r = run("--help");
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
        CliRun r = run(sub, "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: pilab " + sub), r.out());
    }

    @Test
    void versionNamesTheProduct() {
        CliRun r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("pilab "), r.out());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CliRun r = run("no-such-command");
        assertEquals(2, r.status());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains("no-such-command"), lines.get(0));
        assertTrue(lines.get(1).contains("pilab --help"), lines.get(1));
    }

    @Test
    void badFlagIsAUsageErrorNamingTheFlag() {
        CliRun r = run("sim", "--no-such-flag");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--no-such-flag"), r.err());
        assertTrue(r.err().contains("pilab sim --help"), r.err());
    }
}
