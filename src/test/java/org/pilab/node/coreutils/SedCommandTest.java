package org.pilab.node.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class SedCommandTest {

    private Session pi;

    @BeforeEach
    void setUp() {
        pi = Scenarios.networked(3L).host("pi01").orElseThrow().login("pi");
        pi.run("printf 'one\\ntwo\\nthree\\n' > f.txt");
    }

    @Test
    void appendAfterTheLastLineInPlace() {
        ShellResult r = pi.run("sed -i '$a 10.0.0.11 pi01' f.txt");
        assertEquals(0, r.status(), r.output());
        assertEquals("one\ntwo\nthree\n10.0.0.11 pi01\n", pi.run("cat f.txt").output());
    }

    @Test
    void insertBeforeALineAndTheClassicBackslashForm() {
        assertEquals("zero\none\ntwo\nthree\n", pi.run("sed '1i zero' f.txt").output());
        assertEquals("one\ntwo\nafter two\nthree\n", pi.run("sed '/two/a\\\nafter two' f.txt").output());
        assertEquals("one\ntwo\n  indented\nthree\n", pi.run("sed '2a\\  indented' f.txt").output());
    }

    @Test
    void lastLineAddressWithDeleteAndSubstitute() {
        assertEquals("one\ntwo\n", pi.run("sed '$d' f.txt").output());
        assertEquals("one\ntwo\nTHREE\n", pi.run("sed '$s/three/THREE/' f.txt").output());
        assertEquals("one\n", pi.run("sed '2,$d' f.txt").output());
        assertEquals("three\n", pi.run("sed '$!d' f.txt").output());
        assertEquals("two\n", pi.run("sed -n '2p' f.txt").output());
    }

    @Test
    void shortOptionsCombineAsGetoptReadsThem() {
        assertEquals("two\n", pi.run("sed -nE '/t(w)o/p' f.txt").output());
        assertEquals("two\n", pi.run("sed -rn '2p' f.txt").output());
        assertEquals("one\n", pi.run("sed -ne 1p f.txt").output());
        assertEquals("1\n", pi.run("sed -n -e 's/one/1/p' f.txt").output());
        ShellResult bad = pi.run("sed -nQ p f.txt");
        assertEquals(1, bad.status());
        assertEquals("sed: invalid option -- 'Q'\n", bad.stderr().lines().findFirst().orElse("") + "\n");
        assertEquals(0, pi.run("sed -ni '2p' f.txt").status());
        assertEquals("two\n", pi.run("cat f.txt").output());
    }

    @Test
    void aSemicolonBelongsToTheAppendedText() {
        assertEquals("one\ntwo\nthree\na; b\n", pi.run("sed '$a a; b' f.txt").output());
        assertEquals("one\n2\nthree\n", pi.run("sed 's/two/2/;s/x/y/' f.txt").output());
    }

    @Test
    void anAppendWithoutTextAndAnUnknownCommandAreRejectedAsGnuSedWordsIt() {
        ShellResult noText = pi.run("sed '$a' f.txt");
        assertEquals("sed: -e expression #1, char 2: expected \\ after `a', `c' or `i'\n", noText.output());
        assertEquals(1, noText.status());
        assertEquals("sed: -e expression #1, char 2: unknown command: `k'\n", pi.run("sed '$k' f.txt").output());
    }

    @Test
    void aLastLineWithoutNewlineGetsOneBeforeTheAppendedText() {
        pi.run("printf 'a\\nb' > g.txt");
        assertEquals("a\nb\nc\n", pi.run("sed '$a c' g.txt").output());
        assertEquals("a\nB", pi.run("sed 's/b/B/' g.txt").output());
    }
}
