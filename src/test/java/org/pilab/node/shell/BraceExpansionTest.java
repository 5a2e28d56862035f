package org.pilab.node.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Scenarios;

/** Brace expansion as bash does it, checked through echo and mkdir on a virtual Pi. */
class BraceExpansionTest {

    private Session pi;

    @BeforeEach
    void setUp() {
        pi = Scenarios.networked(5L).host("pi01").orElseThrow().login("pi");
    }

    private String echo(String words) {
        return pi.run("echo " + words).stdout();
    }

    @Test
    void mkdirMakesEveryFolderTheBracesName() {
        pi.run("mkdir -p sweep/{logs,results}");
        assertEquals("logs\nresults\n", pi.run("ls sweep | cat").stdout());
        assertTrue(pi.run("ls -d 'sweep/{logs,results}'").status() != 0, "no folder named with the braces");
    }

    @Test
    void alternativesWithPrefixSuffixAndNesting() {
        assertEquals("a b c\n", echo("{a,b,c}"));
        assertEquals("pi02.lan pi03.lan\n", echo("pi0{2,3}.lan"));
        assertEquals("xa xb1 xb2 xc\n", echo("x{a,b{1,2},c}"));
        assertEquals("a1 a2 b1 b2\n", echo("{a,b}{1,2}"));
        assertEquals("xa x\n", echo("x{a,}"));
    }

    @Test
    void sequencesOfNumbersAndLetters() {
        assertEquals("1 2 3 4 5\n", echo("{1..5}"));
        assertEquals("5 4 3\n", echo("{5..3}"));
        assertEquals("01 02 03 04 05 06 07 08\n", echo("{01..08}"));
        assertEquals("node-08 node-09 node-10\n", echo("node-{08..10}"));
        assertEquals("a b c d e\n", echo("{a..e}"));
        assertEquals("1 3 5\n", echo("{1..6..2}"));
        assertEquals("-1 0 1\n", echo("{-1..1}"));
    }

    @Test
    void quotedEmptyOrSingleBracesStayAsTyped() {
        assertEquals("{a,b} {a,b} {a,b}\n", echo("'{a,b}' \"{a,b}\" \\{a,b}"));
        assertEquals("{} {x} {1..} {a,b\n", echo("{} {x} {1..} {a,b"));
        assertEquals("{x}\n", echo("{x}"));
    }

    @Test
    void bracesComeBeforeVariablesAndGlobs() {
        pi.run("N=pi02");
        assertEquals("pi02 pi03\n", echo("{$N,pi03}"));
        assertEquals("$N pi03\n", echo("{'$N',pi03}"));
        pi.run("mkdir d && touch d/a.log d/b.txt d/c.cfg");
        assertEquals("d/a.log d/b.txt\n", echo("d/*.{log,txt}"));
        pi.run("DIRS={a,b}");
        assertEquals("{a,b}\n", echo("$DIRS"), "an assignment is not brace-expanded, nor is a variable's value");
    }
}
