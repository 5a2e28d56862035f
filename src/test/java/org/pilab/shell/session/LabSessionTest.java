package org.pilab.shell.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.shell.CommandOutcome;
import org.pilab.shell.FullScreenRequest;
import org.pilab.shell.Interrupt;
import org.pilab.shell.PromptState;
import org.pilab.shell.ScriptedShell;
import org.pilab.slurm.lab.Lab;
import org.pilab.slurm.lab.Scenarios;
import org.pilab.tui.dashboard.DashboardSnapshot;

/** The learner's session: hops, nano and top requests, completion, clock and status line. */
class LabSessionTest {

    private Lab lab;
    private LabSession session;

    @BeforeEach
    void build() {
        lab = Scenarios.slurmReady(31);
        session = new LabSession(lab);
    }

    private CommandOutcome run(String line) {
        return session.execute(line, Interrupt.none());
    }

    @Test
    void sshHopsChangeThePromptAndExitComesBack() {
        assertEquals(new PromptState("learner", "laptop", "~", false, 0), session.prompt());
        run("ssh pi02");
        assertEquals(new PromptState("pi", "pi02", "~", false, 1), session.prompt());
        run("cd /clusterfs");
        assertEquals("pi@pi02:/clusterfs$ ", session.prompt().plain());
        run("exit");
        assertEquals("laptop", session.prompt().host());
        assertFalse(session.finished());
        run("exit");
        assertTrue(session.finished(), "exit on the laptop ends the session");
    }

    @Test
    void nanoSavesWithTheUsersRightsAndSudoNanoAsRoot() {
        run("ssh pi01");
        CommandOutcome plain = run("nano /etc/slurm/slurm.conf");
        FullScreenRequest.Edit edit = assertInstanceOf(FullScreenRequest.Edit.class, plain.fullScreen());
        assertTrue(edit.file().text().contains("ClusterName=pilab"));
        assertEquals("Permission denied", edit.file().save(edit.file().text() + "# mine\n"));

        FullScreenRequest.Edit asRoot = (FullScreenRequest.Edit) run("sudo nano /etc/slurm/slurm.conf").fullScreen();
        assertNull(asRoot.file().save(asRoot.file().text() + "# mine\n"));
        assertTrue(run("tail -n 1 /etc/slurm/slurm.conf").stdout().equals("# mine\n"));

        FullScreenRequest.Edit home = (FullScreenRequest.Edit) run("nano notes.txt").fullScreen();
        assertEquals("/home/pi/notes.txt", home.file().path());
        assertEquals("", home.file().text());
        assertNull(home.file().save("hello\n"));
        assertEquals("hello\n", run("cat notes.txt").stdout());
    }

    @Test
    void topShowsTheClustersNodesQueueAndHistory() {
        run("ssh pi01");
        run("sbatch --cpus-per-task=4 --wrap='sleep 600'");
        run("sbatch --cpus-per-task=4 --wrap='sleep 60'");
        run("sleep 90");
        FullScreenRequest.Dashboard top = assertInstanceOf(FullScreenRequest.Dashboard.class, run("top").fullScreen());
        DashboardSnapshot snap = top.source().snapshot();
        assertEquals("pilab", snap.clusterName());
        assertEquals(List.of("pi01", "pi02", "pi03", "pi04"), snap.nodes().stream().map(n -> n.name()).toList());
        assertEquals(1, snap.totals().runningJobs());
        assertEquals("alloc", snap.nodes().get(0).state());
        assertTrue(snap.nodes().get(0).temperatureC() > snap.nodes().get(3).temperatureC(),
                "the busy board is warmer than an idle one");
        assertEquals(2, snap.gantt().lanes().stream().mapToInt(l -> l.bars().size()).sum(), "one running, one finished");
    }

    @Test
    void completionOffersInstalledProgramsHostsFlagsAndPaths() {
        assertFalse(session.complete("sin", 3).contains("sinfo"), "the laptop has no slurm-client");
        assertTrue(session.complete("ssh pi0", 7).containsAll(List.of("pi01", "pi02", "pi03", "pi04")));
        run("ssh pi01");
        assertTrue(session.complete("sin", 3).contains("sinfo"));
        assertTrue(session.complete("sbatch --arr", 12).contains("--array="));
        assertTrue(session.complete("ls /clus", 8).contains("/clusterfs/"));
        assertTrue(session.complete("cat /etc/slurm/slu", 18).contains("/etc/slurm/slurm.conf"));
    }

    @Test
    void clockSpeedScalesRealTimeAndPauseStopsIt() {
        long t0 = lab.network().nowMillis();
        session.advanceRealTime(1_000);
        assertEquals(t0 + 1_000, lab.network().nowMillis());
        assertEquals("clock 10x\n", run("clock 10x").stdout());
        session.advanceRealTime(1_000);
        assertEquals(t0 + 11_000, lab.network().nowMillis());
        assertTrue(session.statusLine().contains("clock 10x"));
        run("clock pause");
        long paused = lab.network().nowMillis();
        session.advanceRealTime(60_000);
        assertEquals(paused, lab.network().nowMillis());
        assertTrue(session.statusLine().contains("paused"));
        assertEquals(2, run("clock fast").exitStatus());
    }

    @Test
    void scriptedShellPrintsOnlyOutputAndReturnsTheLastStatus() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ScriptedShell(session, new PrintWriter(out), new PrintWriter(err))
                .run(new StringReader("ssh pi01 'echo one; echo two'\nssh pi01 cat <<'EOF'\nthree\nEOF\nnano x\n"));
        assertEquals("one\ntwo\n", out.toString().substring(0, 8));
        assertTrue(err.toString().contains("Too many errors from stdin"), "nano needs a terminal");
        assertEquals(1, status);
    }

    @Test
    void anOutcomeKeepsStderrApartAndTheOrderOfBoth() {
        CommandOutcome o = run("echo first; ls /nope; echo last");
        assertEquals("first\nlast\n", o.stdout());
        assertEquals("ls: cannot access '/nope': No such file or directory\n", o.stderr());
        assertEquals("first\n" + o.stderr() + "last\n", o.text());
    }

    @Test
    void scriptedShellWritesStdoutAndStderrApartAndInOrderWhenTheyShareAWriter() throws Exception {
        String script = "echo one\nnosuch\necho two >&2\necho three\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new ScriptedShell(session, new PrintWriter(out), new PrintWriter(err)).run(new StringReader(script));
        assertEquals("one\nthree\n", out.toString());
        assertEquals("bash: nosuch: command not found\ntwo\n", err.toString());

        StringWriter both = new StringWriter();
        PrintWriter shared = new PrintWriter(both);
        new ScriptedShell(new LabSession(Scenarios.slurmReady(31)), shared, shared).run(new StringReader(script));
        assertEquals("one\nbash: nosuch: command not found\ntwo\nthree\n", both.toString());
    }
}
