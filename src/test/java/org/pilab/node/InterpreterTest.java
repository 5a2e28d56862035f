package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class InterpreterTest {

    private Session sh;

    @BeforeEach
    void setUp() {
        sh = LabFixture.laptopSession(LabFixture.network());
    }

    @Test
    void unknownCommandIsBashsCommandNotFoundWithStatus127() {
        ShellResult r = sh.run("foo --bar");
        assertEquals("bash: foo: command not found\n", r.output());
        assertEquals(127, r.status());
    }

    @Test
    void pipesFeedStdoutToTheNextCommand() {
        ShellResult r = sh.run("echo 'b a c' | wc -w");
        assertEquals("3\n", r.output());
    }

    @Test
    void redirectionsWriteAppendAndRead() {
        sh.run("echo first > notes.txt");
        sh.run("echo second >> notes.txt");
        assertEquals("first\nsecond\n", sh.run("cat notes.txt").output());
        assertEquals("2\n", sh.run("wc -l < notes.txt").output());
        assertEquals("second\n", sh.run("grep -n sec notes.txt | cut -d: -f2").output());
    }

    @Test
    void stderrRedirectAndAndOrLists() {
        ShellResult r = sh.run("cat /nope 2> err.txt || echo failed");
        assertEquals("failed\n", r.output());
        assertEquals("cat: /nope: No such file or directory\n", sh.run("cat err.txt").output());
        assertEquals("", sh.run("false && echo no").output());
        assertEquals(1, sh.run("false && echo no").status());
    }

    @Test
    void quotingAndVariables() {
        sh.run("NAME=pi01");
        assertEquals("host pi01 $NAME\n", sh.run("echo \"host $NAME\" '$NAME'").output());
        assertEquals("/home/learner\n", sh.run("echo $HOME").output());
        assertEquals("laptop\n", sh.run("echo $(hostname)").output());
        assertEquals("0\n", sh.run("true; echo $?").output());
    }

    @Test
    void cdPwdAndTilde() {
        sh.run("mkdir -p ~/a/b && cd ~/a/b");
        assertEquals("/home/learner/a/b\n", sh.run("pwd").output());
        sh.run("cd ..");
        assertEquals("/home/learner/a\n", sh.run("pwd").output());
        assertEquals("bash: cd: /nowhere: No such file or directory\n", sh.run("cd /nowhere").output());
    }

    @Test
    void wrongFlagGivesTheToolsUsageLine() {
        ShellResult r = sh.run("ls -z");
        assertEquals("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", r.output());
        assertEquals(2, r.status());
    }

    @Test
    void syntaxErrorIsReportedLikeBash() {
        ShellResult r = sh.run("ls | | wc");
        assertEquals("bash: syntax error near unexpected token `|'\n", r.output());
        assertEquals(2, r.status());
    }

    @Test
    void sedEditsInPlaceAndPrintfFormats() {
        sh.run("printf '%s=%s\\n' ClusterName lab SlurmctldHost pi01 > slurm.conf");
        assertEquals("ClusterName=lab\nSlurmctldHost=pi01\n", sh.run("cat slurm.conf").output());
        sh.run("sed -i 's/pi01/head/' slurm.conf");
        assertEquals("SlurmctldHost=head\n", sh.run("grep Slurmctld slurm.conf").output());
        assertEquals("ClusterName=lab\n", sh.run("sed '/^Slurm/d' slurm.conf").output());
        assertEquals("sed: -e expression #1, char 1: unknown command: `x'\n", sh.run("sed x slurm.conf").output());
    }

    @Test
    void hereDocumentsAndMultiLineInput() {
        sh.run("NAME=lab");
        ShellResult r = sh.run("cat <<EOF > cluster.conf\nClusterName=$NAME\nSlurmctldHost=pi01\nEOF\necho done");
        assertEquals("done\n", r.output());
        assertEquals("ClusterName=lab\nSlurmctldHost=pi01\n", sh.run("cat cluster.conf").output());
        sh.run("cat <<'EOF' > raw.txt\n$NAME\nEOF");
        assertEquals("$NAME\n", sh.run("cat raw.txt").output());
        assertTrue(org.pilab.node.shell.ShellParser.needsMoreInput("sudo tee /etc/slurm/slurm.conf <<EOF\nClusterName=lab"));
        assertTrue(org.pilab.node.shell.ShellParser.needsMoreInput("echo 'open"));
        assertTrue(org.pilab.node.shell.ShellParser.needsMoreInput("ls |"));
        assertEquals(false, org.pilab.node.shell.ShellParser.needsMoreInput("ls | wc -l"));
        assertEquals("a b\n", sh.run("echo a \\\nb").output());
    }

    @Test
    void prefixAssignmentLastsOneCommand() {
        assertEquals("GREETING=hi\n", sh.run("GREETING=hi env | grep GREETING").output());
        assertEquals("\n", sh.run("echo $GREETING").output());
        sh.run("A=1");
        sh.run("A=2 true");
        assertEquals("1\n", sh.run("echo $A").output());
    }

    @Test
    void globExpandsAgainstTheFileSystem() {
        sh.run("touch a.conf b.conf c.txt");
        assertEquals("a.conf b.conf\n", sh.run("echo *.conf").output());
        assertTrue(sh.run("ls").output().contains("a.conf  b.conf  c.txt"));
    }
}
