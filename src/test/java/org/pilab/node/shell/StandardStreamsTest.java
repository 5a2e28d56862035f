package org.pilab.node.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.TerminalText.Stream;

/** stdout and stderr kept apart as bash keeps fd 1 and fd 2: redirections, pipes, $(...), scripts, ssh. */
class StandardStreamsTest {

    private static final String LS_NOPE = "ls: cannot access '/nope': No such file or directory\n";

    private Lab lab;
    private Session pi;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(13L);
        pi = lab.host("pi01").orElseThrow().login("pi");
    }

    @Test
    void errorsOfToolsAndOfTheShellGoToStderr() {
        ShellResult ls = pi.run("ls /nope");
        assertEquals("", ls.stdout());
        assertEquals(LS_NOPE, ls.stderr());
        ShellResult missing = pi.run("nosuchtool");
        assertEquals("", missing.stdout());
        assertEquals("-bash: nosuchtool: command not found\n", missing.stderr());
        ShellResult syntax = pi.run("| wc");
        assertEquals("", syntax.stdout());
        assertTrue(syntax.stderr().startsWith("-bash: syntax error near unexpected token `|'"), syntax.stderr());
        assertEquals(2, syntax.status());
    }

    @Test
    void theTerminalKeepsTheOrderOfBothStreams() {
        ShellResult r = pi.run("echo a; ls /nope; echo b");
        assertEquals("a\n" + LS_NOPE + "b\n", r.output());
        assertEquals(List.of(Stream.STDOUT, Stream.STDERR, Stream.STDOUT),
                r.terminal().pieces().stream().map(TerminalText.Piece::stream).toList());
        assertEquals("a\nb\n", r.stdout());
    }

    @Test
    void stderrToDevNullOrToStdout() {
        ShellResult quiet = pi.run("ls /nope 2>/dev/null");
        assertEquals("", quiet.output());
        assertEquals(2, quiet.status());
        ShellResult merged = pi.run("ls /nope 2>&1");
        assertEquals(LS_NOPE, merged.stdout());
        assertEquals("", merged.stderr());
        ShellResult toErr = pi.run("echo oops >&2; echo again 1>&2");
        assertEquals("", toErr.stdout());
        assertEquals("oops\nagain\n", toErr.stderr());
    }

    @Test
    void fileRedirectionsTakeTheStreamsTheyName() {
        pi.run("ls /nope 2> err.txt");
        assertEquals(LS_NOPE, pi.run("cat err.txt").stdout());
        ShellResult both = pi.run("ls /nope /etc/hostname > all.txt 2>&1");
        assertEquals("", both.output());
        String all = pi.run("cat all.txt").stdout();
        assertTrue(all.contains(LS_NOPE) && all.contains("/etc/hostname\n"), all);
        pi.run("ls /nope &> amp.txt");
        pi.run("echo more &>> amp.txt");
        assertEquals(LS_NOPE + "more\n", pi.run("cat amp.txt").stdout());
        pi.run("echo out 1> one.txt");
        assertEquals("out\n", pi.run("cat one.txt").stdout());
    }

    @Test
    void twoToOneBeforeTheFileKeepsStderrOnTheOldStdout() {
        // bash applies redirections left to right: fd 2 copies fd 1 while it is still the terminal
        ShellResult r = pi.run("ls /nope 2>&1 > out.txt");
        assertEquals(LS_NOPE, r.stdout());
        assertEquals("", r.stderr());
        assertEquals("", pi.run("cat out.txt").output());
    }

    @Test
    void pipesCarryStdoutOnlyUnlessStderrIsJoinedToIt() {
        ShellResult plain = pi.run("ls /nope | wc -l");
        assertEquals("0\n", plain.stdout());
        assertEquals(LS_NOPE, plain.stderr());
        ShellResult joined = pi.run("ls /nope 2>&1 | grep -c cannot");
        assertEquals("1\n", joined.stdout());
        assertEquals("", joined.stderr());
        ShellResult tee = pi.run("ls /nope /etc/hostname | tee list.txt");
        assertEquals("/etc/hostname\n", tee.stdout());
        assertEquals(LS_NOPE, tee.stderr());
        assertEquals("/etc/hostname\n", pi.run("cat list.txt").stdout());
    }

    @Test
    void commandSubstitutionCapturesStdoutAndLeavesStderrOnTheTerminal() {
        ShellResult r = pi.run("x=$(ls /nope /etc/hostname); echo \"[$x]\"");
        assertEquals("[/etc/hostname]\n", r.stdout());
        assertEquals(LS_NOPE, r.stderr());
        assertEquals("[" + LS_NOPE.strip() + "]\n", pi.run("echo \"[$(ls /nope 2>&1)]\"").stdout());
    }

    @Test
    void aScriptsStreamsFollowTheRedirectionsOfTheBashThatRunsIt() {
        pi.run("printf 'echo ok\\nls /nope\\nnosuchtool\\n' > s.sh");
        ShellResult r = pi.run("bash s.sh");
        assertEquals("ok\n", r.stdout());
        assertEquals(LS_NOPE + "s.sh: line 3: nosuchtool: command not found\n", r.stderr());
        ShellResult quiet = pi.run("bash s.sh 2>/dev/null");
        assertEquals("ok\n", quiet.output());
        ShellResult piped = pi.run("bash s.sh 2>&1 | wc -l");
        assertEquals("3\n", piped.stdout());
    }

    @Test
    void aScriptReadsQuotesAndHereDocumentsAcrossLines() {
        pi.run("printf 'cat <<EOF\\nuser $USER\\nEOF\\n# it'\"'\"'s a comment \\\\\\necho \"two\\nlines\"\\nls \\\\\\n  -d /tmp\\n' > multi.sh");
        ShellResult r = pi.run("bash multi.sh");
        assertEquals("", r.stderr());
        assertEquals("user pi\ntwo\nlines\n/tmp\n", r.stdout());
        ShellResult fromStdin = pi.run("bash -s < multi.sh");
        assertEquals("user pi\ntwo\nlines\n/tmp\n", fromStdin.stdout());
    }

    @Test
    void sshBringsTheRemoteStderrBackOnStderr() {
        Session laptop = lab.learnerSession();
        ShellResult r = laptop.run("ssh pi01 'hostname; ls /nope'");
        assertEquals("pi01\n", r.stdout());
        assertTrue(r.stderr().endsWith(LS_NOPE), r.stderr());
    }

    @Test
    void linesBashWouldContinue() {
        for (String open : List.of("echo 'a", "echo \"a", "ls |", "ls &&", "ls ||", "ls \\", "cat <<EOF", "cat <<EOF\nx",
                "echo $(hostname")) {
            assertTrue(ShellParser.needsMoreInput(open), open);
        }
        for (String done : List.of("echo ok", "echo 'a\nb'", "cat <<EOF\nx\nEOF", "# it's a comment", "# ends in \\",
                "ls \\\n -l", "echo a # cat <<EOF", "echo a # then | grep", "echo a # x &&", "echo 'a |'")) {
            assertFalse(ShellParser.needsMoreInput(done), done);
        }
    }
}
