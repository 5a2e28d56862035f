package org.pilab.node.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;

/** for loops as learners type them: one line, several lines, in scripts, nested, with break and continue. */
class LoopTest {

    private Lab lab;
    private Session pi;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(21L);
        pi = lab.host("pi01").orElseThrow().login("pi");
    }

    @Test
    void aOneLineForLoopRunsItsBodyOncePerWord() {
        ShellResult r = pi.run("for h in pi02 pi03 pi04; do echo host $h; done");
        assertEquals("host pi02\nhost pi03\nhost pi04\n", r.output());
        assertEquals(0, r.status());
        assertEquals("pi04\n", pi.run("echo $h").stdout(), "the variable keeps the last word, as in bash");
    }

    @Test
    void theLoopFromTheLessonCopiesAFileToEveryNode() {
        Session laptop = lab.learnerSession();
        laptop.run("echo ClusterName=lab > conf.txt");
        ShellResult r = laptop.run("for h in pi02 pi03; do cat conf.txt | ssh $h tee copy.txt >/dev/null; done");
        assertEquals("", r.output());
        assertEquals(0, r.status());
        for (String h : List.of("pi02", "pi03")) {
            Session there = lab.host(h).orElseThrow().login("pi");
            assertEquals("ClusterName=lab\n", there.run("cat copy.txt").stdout(), h);
        }
        assertTrue(laptop.run("cat copy.txt").status() != 0, "no fragment of the loop ran on the laptop itself");
        assertTrue(pi.run("cat copy.txt").status() != 0, "nor on a node the loop does not name");
    }

    @Test
    void loopsTypedOverSeveralLinesNeedMoreInputUntilDone() {
        for (String open : List.of("for h in a b", "for h in a b; do", "for h in a b; do echo $h", "for h in a b\ndo\necho $h",
                "for h in a; do for g in b; do echo; done", "while true; do", "if true; then echo", "if true; then echo; else",
                "for h in a; do echo $h; done &&", "for h in a; do cat <<EOF\nx")) {
            assertTrue(ShellParser.needsMoreInput(open), open);
        }
        for (String done : List.of("for h in a b; do echo $h; done", "for h in a b\ndo\n  echo $h\ndone", "if true; then echo; fi",
                "echo done", "echo for do done")) {
            assertFalse(ShellParser.needsMoreInput(done), done);
        }
        assertEquals("a\nb\n", pi.run("for h in a b\ndo\n  echo $h\ndone").stdout());
    }

    @Test
    void wordsAreExpandedAsBashDoes() {
        pi.run("mkdir -p logs && touch logs/x.log logs/y.log");
        pi.run("NODES='pi02 pi03'");
        assertEquals("pi02\npi03\n", pi.run("for h in $NODES; do echo $h; done").stdout());
        assertEquals("pi02 pi03\n", pi.run("for h in \"$NODES\"; do echo $h; done").stdout());
        assertEquals("logs/x.log\nlogs/y.log\n", pi.run("for f in logs/*.log; do echo $f; done").stdout());
        assertEquals("pi02\npi03\npi04\n", pi.run("for h in pi0{2..4}; do echo $h; done").stdout());
        assertEquals("1\n2\n", pi.run("for n in $(echo 1 2); do echo $n; done").stdout());
        assertEquals("", pi.run("for n in; do echo never; done").stdout());
    }

    @Test
    void nestedLoopsBreakAndContinue() {
        assertEquals("a1\na2\nb1\nb2\n", pi.run("for x in a b; do for n in 1 2; do echo $x$n; done; done").stdout());
        assertEquals("1\n2\n", pi.run("for n in 1 2 3 4; do if [ $n = 3 ]; then break; fi; echo $n; done").stdout());
        assertEquals("1\n2\n4\n", pi.run("for n in 1 2 3 4; do [ $n -eq 3 ] && continue; echo $n; done").stdout());
        assertEquals("a1\nb1\n", pi.run("for x in a b; do for n in 1 2; do echo $x$n; continue 2; done; echo never; done")
                .stdout());
        assertEquals("a1\n", pi.run("for x in a b; do for n in 1 2; do echo $x$n; break 2; done; done").stdout());
        ShellResult outside = pi.run("break");
        assertTrue(outside.stderr().contains("break: only meaningful in a `for', `while', or `until' loop"), outside.stderr());
        assertEquals("after\n", pi.run("for x in a; do break; done; echo after").stdout());
    }

    @Test
    void theStatusIsTheLastBodyCommandsOrZeroWithoutRounds() {
        assertEquals(1, pi.run("for x in a b; do false; done").status());
        assertEquals(0, pi.run("for x in a b; do false; true; done").status());
        assertEquals(0, pi.run("false; for x in; do false; done").status());
        assertEquals("1\n", pi.run("for x in a; do false; done; echo $?").stdout());
    }

    @Test
    void theWholeLoopCanBeRedirectedOrPiped() {
        ShellResult r = pi.run("for h in pi02 pi03; do echo $h; done > hosts.txt");
        assertEquals("", r.output());
        assertEquals("pi02\npi03\n", pi.run("cat hosts.txt").stdout());
        assertEquals("2\n", pi.run("for h in pi02 pi03; do echo $h; done | wc -l").stdout());
        assertEquals("pi03\n", pi.run("for h in pi02 pi03; do echo $h; done | grep 3").stdout());
        pi.run("for h in pi04; do echo $h; done >> hosts.txt");
        assertEquals("pi02\npi03\npi04\n", pi.run("cat hosts.txt").stdout());
    }

    @Test
    void scriptsRunLoopsSpreadOverLines() {
        pi.run("cat > loop.sh <<'EOF'\nfor h in \"$@\"\ndo\n  echo \"node $h\"\ndone\nfor n in 1 2; do echo $n; done\nEOF");
        ShellResult r = pi.run("bash loop.sh pi02 pi03");
        assertEquals("node pi02\nnode pi03\n1\n2\n", r.stdout());
        assertEquals("", r.stderr());
        // "$@" keeps each argument whole, blanks and all; with no arguments it gives no word
        assertEquals("node Wired connection 1\nnode pi03\n1\n2\n",
                pi.run("bash loop.sh 'Wired connection 1' pi03").stdout());
        assertEquals("1\n2\n", pi.run("bash loop.sh").stdout());
        pi.run("printf 'for h in \"$@\"; do echo $h\\nbroken\\n' > open.sh");
        ShellResult open = pi.run("bash open.sh x");
        assertEquals("", open.stdout(), "an unclosed loop runs nothing");
        assertTrue(open.stderr().contains("syntax error: unexpected end of file"), open.stderr());
    }

    @Test
    void forWithoutInWalksTheScriptArguments() {
        assertEquals("x\ny\n", pi.run("bash -c 'for a; do echo $a; done' name x y").stdout());
    }

    @Test
    void reservedWordsCountOnlyInCommandPosition() {
        assertEquals("done for do\n", pi.run("echo done for do").stdout());
        assertEquals("done\n", pi.run("for x in done; do echo $x; done").stdout());
        ShellResult stray = pi.run("done");
        assertEquals("-bash: syntax error near unexpected token `done'\n", stray.stderr());
        assertEquals(2, stray.status());
        ShellResult badName = pi.run("for 1x in a; do echo; done");
        assertEquals("-bash: `1x': not a valid identifier\n", badName.stderr());
        ShellResult empty = pi.run("for x in a; do done");
        assertEquals("-bash: syntax error near unexpected token `done'\n", empty.stderr());
    }

    @Test
    void commentsHereDocumentsAndIfInsideAScriptLoop() {
        pi.run("cat > nodes.sh <<'EOF'\n# write one file per node\nfor h in pi02 pi03  # the workers\ndo\n"
                + "  # each gets its name\n  cat > $h.txt <<END\nnode=$h\nEND\n  if [ $h = pi03 ]; then\n    echo last\n"
                + "  else\n    echo more\n  fi\ndone\nEOF");
        ShellResult r = pi.run("bash nodes.sh");
        assertEquals("", r.stderr());
        assertEquals("more\nlast\n", r.stdout());
        assertEquals("node=pi02\n", pi.run("cat pi02.txt").stdout());
        assertEquals("node=pi03\n", pi.run("cat pi03.txt").stdout());
    }

    @Test
    void aRedirectThatCannotOpenStopsTheWholeLoop() {
        ShellResult r = pi.run("for h in a b; do echo $h; touch ran.$h; done > /etc/loop.txt");
        assertEquals(1, r.status());
        assertEquals("-bash: /etc/loop.txt: Permission denied\n", r.stderr());
        assertTrue(pi.run("ls ran.a").status() != 0);
    }
}
