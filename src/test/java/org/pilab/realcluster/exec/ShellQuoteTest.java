package org.pilab.realcluster.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quoted words survive a real shell unchanged, however nasty they are. */
class ShellQuoteTest {

    static final List<String> NASTY = List.of("plain", "", " ", "two words", "it's", "'", "''", "\"double\"",
            "$HOME", "${PATH}", "$(rm -rf /tmp/never)", "`id`", "a;b", "a&&b", "a|b", "a>b", "<in", "*", "?", "[a-z]",
            "~", "~root", "#comment", "back\\slash", "tab\there", "new\nline", "-n", "--", "!bang", "%q", "é ü ß",
            "\u00a0nbsp", "a'b\"c$d`e\\f");

    @Test
    void plainWordsStayAsTheyAreOthersAreSingleQuoted() {
        assertEquals("abc-1.2/x=y", ShellQuote.quote("abc-1.2/x=y"));
        assertEquals("''", ShellQuote.quote(""));
        assertEquals("'two words'", ShellQuote.quote("two words"));
        assertEquals("'it'\\''s'", ShellQuote.quote("it's"));
        assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("nul\0byte"));
    }

    @Test
    void realShellsReadBackExactlyTheWords() {
        ProcessRunner run = new ProcessRunner();
        for (String shell : List.of("sh", "bash", "dash")) {
            if (!run.run(List.of("sh", "-c", "command -v " + shell), "", Duration.ofSeconds(5)).ok()) {
                continue;
            }
            // The same path a remote command takes: one string, parsed by the shell.
            String line = "printf '%s\\0' " + ShellQuote.join(NASTY);
            CommandResult r = run.run(List.of(shell, "-c", line), "", Duration.ofSeconds(10));
            assertEquals(0, r.exitCode(), shell + ": " + r.stderr());
            List<String> back = new ArrayList<>(Arrays.asList(r.stdout().split("\0", -1)));
            back.remove(back.size() - 1);
            assertEquals(NASTY, back, shell);
        }
        Assumptions.assumeTrue(run.run(List.of("sh", "-c", "true"), "", Duration.ofSeconds(5)).ok(), "no sh");
    }
}
