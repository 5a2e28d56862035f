package org.pilab.node.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Scenarios;

/** if / elif / else, while / until, test and [ ], and the syntax the lab shell refuses as a whole. */
class ConditionalsTest {

    private Session pi;

    @BeforeEach
    void setUp() {
        pi = Scenarios.networked(8L).host("pi01").orElseThrow().login("pi");
    }

    @Test
    void ifTakesTheFirstBranchWhoseTestSucceeds() {
        assertEquals("yes\n", pi.run("if true; then echo yes; else echo no; fi").stdout());
        assertEquals("no\n", pi.run("if false; then echo yes; else echo no; fi").stdout());
        assertEquals("two\n", pi.run("if false; then echo one; elif true; then echo two; else echo three; fi").stdout());
        assertEquals("", pi.run("if false; then echo one; fi").stdout());
        assertEquals(0, pi.run("if false; then echo one; fi").status());
        assertEquals(1, pi.run("if true; then false; fi").status());
        assertEquals("found\n", pi.run("if grep -q pi01 /etc/hostname\nthen\n  echo found\nfi").stdout());
        assertEquals("not there\n", pi.run("if ! ls /nope 2>/dev/null; then echo not there; fi").stdout());
    }

    @Test
    void testAndBracketsCheckFilesStringsAndNumbers() {
        pi.run("mkdir -p dir && echo x > file && touch empty");
        assertEquals(0, pi.run("test -f file").status());
        assertEquals(1, pi.run("test -f dir").status());
        assertEquals(0, pi.run("[ -d dir ]").status());
        assertEquals(0, pi.run("[ -e empty ] && [ ! -s empty ] && [ -s file ]").status());
        assertEquals(1, pi.run("[ -e /nope ]").status());
        assertEquals(0, pi.run("[ -r /etc/hostname ] && [ ! -w /etc/hostname ]").status());
        // /usr/bin/test and /usr/bin/[ exist too, so sudo finds them on the PATH
        assertEquals(0, pi.run("sudo test -w /etc/hostname").status(), pi.run("sudo test -w /etc/hostname").output());
        assertEquals(0, pi.run("sudo [ -w /etc/hostname ]").status());
        assertEquals(0, pi.run("X=; [ -z \"$X\" ] && [ -n abc ]").status());
        assertEquals(0, pi.run("[ abc = abc ] && [ abc != abd ] && [ a == a ]").status());
        assertEquals(0, pi.run("[ 3 -lt 10 ] && [ 10 -ge 10 ] && [ 2 -ne 3 ] && [ 5 -eq 5 ] && [ 7 -gt 1 ] && [ 1 -le 1 ]").status());
        assertEquals(1, pi.run("[ 10 -lt 3 ]").status());
        assertEquals(0, pi.run("[ -f file -a -d dir ] && [ -f nope -o -d dir ]").status());
        ShellResult missing = pi.run("[ -f file");
        assertEquals(2, missing.status());
        assertEquals("-bash: [: missing `]'\n", missing.stderr());
        ShellResult notNumber = pi.run("[ abc -eq 1 ]");
        assertEquals(2, notNumber.status());
        assertTrue(notNumber.stderr().contains("integer expression expected"), notNumber.stderr());
    }

    @Test
    void whileAndUntilLoopWhileTheirTestSays() {
        pi.run("touch f1 f2 f3");
        assertEquals("f1\nf2\nf3\n", pi.run("while [ -e f1 ] || [ -e f2 ] || [ -e f3 ]; do for f in f1 f2 f3; do"
                + " if [ -e $f ]; then echo $f; rm $f; break; fi; done; done").stdout());
        pi.run("touch stop");
        assertEquals("", pi.run("until [ -e stop ]; do echo never; done").stdout());
        ShellResult once = pi.run("while true; do echo round; break; done");
        assertEquals("round\n", once.stdout());
        assertEquals(0, once.status());
    }

    @Test
    void aLoopThatNeverEndsIsStoppedRatherThanHangingTheShell() {
        ShellResult r = pi.run("while true; do true; done");
        assertEquals(130, r.status());
        assertTrue(r.stderr().contains("loop stopped after"), r.stderr());
    }

    @Test
    void unsupportedSyntaxIsRefusedAsAWholeLine() {
        pi.run("rm -f marker");
        for (String line : new String[] {"case $x in a) touch marker ;; esac", "f() { touch marker; }",
                "function f { touch marker; }", "{ touch marker; }", "(touch marker)", "[[ -f x ]] && touch marker",
                "for h in a; do case $h in a) touch marker;; esac; done", "touch marker$((1+1))",
                "for i in 1; do touch marker; echo $((i+1)); done"}) {
            ShellResult r = pi.run(line);
            assertEquals(2, r.status(), line);
            assertTrue(r.stderr().startsWith("-bash: ") && r.stderr().contains("not supported in this lab shell"),
                    line + " -> " + r.stderr());
            assertEquals(1, r.stderr().lines().count(), line);
        }
        assertTrue(pi.run("ls marker").status() != 0, "no piece of a refused line ran");
        assertTrue(pi.run("ls marker2").status() != 0, "nor a command around a refused $(( ))");
        assertEquals("-bash: case: not supported in this lab shell\n", pi.run("case x in x) echo;; esac").stderr());
        assertTrue(ShellParser.needsMoreInput("case $h in"));
        assertTrue(ShellParser.needsMoreInput("case $h in\n  a) echo a ;;"));
        assertTrue(ShellParser.needsMoreInput("f() {"));
    }

    @Test
    void aRefusedBlockInAScriptRunsNoneOfItsLines() {
        pi.run("printf 'case $1 in\\n  a) touch marker ;;\\nesac\\necho after\\n' > s.sh");
        ShellResult r = pi.run("bash s.sh a");
        assertEquals("after\n", r.stdout());
        assertEquals("s.sh: line 1: case: not supported in this lab shell\n", r.stderr());
        assertTrue(pi.run("ls marker").status() != 0);
    }

    @Test
    void whileReadGoesThroughAFileLineByLine() {
        pi.run("printf 'pi02 4\\npi03 8\\n' > nodes.txt");
        assertEquals("pi02 has 4\npi03 has 8\n",
                pi.run("while read host cpus; do echo $host has $cpus; done < nodes.txt").stdout());
        assertEquals("pi02 4|pi03 8|", pi.run("cat nodes.txt | while read line; do printf '%s|' \"$line\"; done").stdout());
        assertEquals(1, pi.run("read x < /dev/null").status());
        pi.run("for n in {1..1500}; do echo $n; done > many.txt");
        ShellResult many = pi.run("while read n; do last=$n; done < many.txt; echo $last");
        assertEquals("1500\n", many.stdout(), "a long file is read to its end, not cut by the loop guard");
    }
}
