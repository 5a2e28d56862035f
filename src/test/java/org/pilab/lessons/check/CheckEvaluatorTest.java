package org.pilab.lessons.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.lessons.lab.LearnerTerminal;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.NodeLabFactory;
import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.ConfRequirement;
import org.pilab.lessons.model.OutputCondition;

class CheckEvaluatorTest {

    private LessonLab lab;
    private LearnerTerminal learner;
    private SilentShell silent;

    @BeforeEach
    void networked() {
        lab = new NodeLabFactory(7).build("networked");
        learner = new LearnerTerminal(lab);
        silent = new SilentShell(lab);
    }

    private CheckResult eval(Check c) {
        return CheckEvaluator.evaluate(c, new CheckContext(silent, 0, Optional.empty()));
    }

    private CheckResult eval(Check c, int logStart) {
        return CheckEvaluator.evaluate(c, new CheckContext(silent, logStart, Optional.empty()));
    }

    @Test
    void packageAndServiceChecksFollowWhatTheLearnerDoes() {
        Check installed = new Check.PackageInstalled(List.of("pi01", "pi02"), "chrony", "no chrony");
        Check active = new Check.ServiceActive(List.of("pi01"), "chrony", "chrony not running");
        assertFalse(eval(installed).passed());
        assertFalse(eval(active).passed());
        learner.type("ssh pi01 'sudo apt install -y chrony'");
        CheckResult half = eval(installed);
        assertFalse(half.passed());
        assertEquals("not installed on pi02", half.detail());
        assertTrue(eval(active).passed());
        learner.type("ssh pi02 'sudo apt install -y chrony'");
        assertTrue(eval(installed).passed());
    }

    @Test
    void commandOutputConditions() {
        assertTrue(eval(new Check.CommandOutput("pi02", "hostname", Optional.empty(), new OutputCondition.Equals("pi02"), "w")).passed());
        assertFalse(eval(new Check.CommandOutput("pi02", "hostname", Optional.empty(), new OutputCondition.Equals("pi01"), "w")).passed());
        assertTrue(eval(new Check.CommandOutput("pi01", "whoami", Optional.empty(), new OutputCondition.Contains("pi"), "w")).passed());
        assertTrue(eval(new Check.CommandOutput("laptop", "whoami", Optional.empty(), new OutputCondition.Equals(lab.learner()), "w")).passed());
        assertTrue(eval(new Check.CommandOutput("pi01", "whoami", Optional.of("root"), new OutputCondition.NotContains("pi"), "w")).passed());
        assertTrue(eval(new Check.CommandOutput("pi01", "cat /etc/os-release", Optional.empty(),
                new OutputCondition.Regex(Pattern.compile("^VERSION_CODENAME=bookworm$", Pattern.MULTILINE)), "w")).passed());
    }

    @Test
    void matchesHostNeedsTheSameSuccessfulOutput() {
        Check same = new Check.CommandOutput("pi02", "cat /etc/motd-lesson", Optional.empty(), new OutputCondition.MatchesHost("pi01"), "differs");
        assertFalse(eval(same).passed(), "two identical errors are not a match");
        learner.type("ssh pi01 'echo hello | sudo tee /etc/motd-lesson'");
        learner.type("ssh pi02 'echo hullo | sudo tee /etc/motd-lesson'");
        assertFalse(eval(same).passed());
        learner.type("ssh pi02 'echo hello | sudo tee /etc/motd-lesson'");
        assertTrue(eval(same).passed());
    }

    @Test
    void filesByContentModeAndOwner() {
        learner.type("ssh pi01 'echo secret > notes.txt && chmod 0600 notes.txt'");
        assertTrue(eval(new Check.FileContains("pi01", "~/notes.txt", Pattern.compile("^secret$", Pattern.MULTILINE), "w")).passed());
        assertFalse(eval(new Check.FileContains("pi02", "~/notes.txt", Pattern.compile("secret"), "w")).passed());
        CheckResult mode = eval(new Check.FileMode("pi01", "/home/pi/notes.txt", Optional.of(0600), Optional.of("pi"), Optional.empty(), "w"));
        assertTrue(mode.passed(), mode.detail());
        CheckResult wrong = eval(new Check.FileMode("pi01", "/home/pi/notes.txt", Optional.of(0400), Optional.empty(), Optional.empty(), "w"));
        assertEquals("mode is 0600", wrong.detail());
        assertEquals("owner is pi", eval(new Check.FileMode("pi01", "/home/pi/notes.txt", Optional.empty(), Optional.of("root"),
                Optional.empty(), "w")).detail());
    }

    @Test
    void exitStatusAndMissingCommandsAreReported() {
        assertTrue(eval(new Check.ExitStatus("pi01", "ls /etc/hostname", Optional.empty(), 0, "w")).passed());
        assertFalse(eval(new Check.ExitStatus("pi01", "ls /nothing", Optional.empty(), 0, "w")).passed());
        CheckResult missing = eval(new Check.ExitStatus("pi01", "no-such-tool", Optional.empty(), 0, "w"));
        assertTrue(missing.detail().contains("command not found"), missing.detail());
    }

    @Test
    void commandRunSeesOnlyTheLearnersLinesOfThisStep() {
        Check ran = new Check.CommandRun(Pattern.compile("^uptime"), Optional.of("pi01"), false, "run uptime on pi01");
        learner.type("ssh pi01 uptime");
        int stepStart = lab.network().commandLog().size();
        assertFalse(eval(ran, stepStart).passed(), "a line before the step does not count");
        eval(new Check.CommandOutput("pi01", "uptime", Optional.empty(), new OutputCondition.Contains("up"), "w"), stepStart);
        assertFalse(eval(ran, stepStart).passed(), "a silent check command does not count");
        learner.type("ssh pi02 uptime");
        assertFalse(eval(ran, stepStart).passed(), "on the wrong host");
        learner.type("ssh pi01");
        learner.type("uptime");
        assertTrue(eval(ran, stepStart).passed());
    }

    @Test
    void commandRunWithSucceededIgnoresAFailedLine() {
        Check ok = new Check.CommandRun(Pattern.compile("^ls\\b"), Optional.of("pi01"), true, "list it");
        learner.type("ssh pi01");
        learner.type("ls /nothing-here");
        CheckResult failed = eval(ok);
        assertFalse(failed.passed(), "the line ran but failed");
        assertTrue(failed.detail().contains("exit status"), failed.detail());
        learner.type("ls /etc");
        assertTrue(eval(ok).passed());
    }

    private void writeConf(String... lines) {
        learner.type("ssh pi01 'sudo mkdir -p /etc/slurm'");
        learner.type("ssh pi01 'echo " + lines[0] + " | sudo tee /etc/slurm/slurm.conf'");
        for (int i = 1; i < lines.length; i++) {
            learner.type("ssh pi01 'echo " + lines[i] + " | sudo tee -a /etc/slurm/slurm.conf'");
        }
    }

    private CheckResult conf(ConfRequirement r) {
        return eval(new Check.SlurmConf("pi01", Check.SlurmConf.DEFAULT_PATH, r, "w"));
    }

    @Test
    void slurmConfIsJudgedByItsEffectiveValues() {
        Check.SlurmConf cluster = new Check.SlurmConf("pi01", Check.SlurmConf.DEFAULT_PATH,
                new ConfRequirement.Setting("ClusterName"), "no ClusterName");
        assertEquals("no file /etc/slurm/slurm.conf on pi01", eval(cluster).detail());
        long memory = lab.host("pi01").orElseThrow().hardware().realMemoryMb();
        writeConf("clustername=pilab", "SlurmctldHost=pi01",
                "NodeName=pi[01-02] Sockets=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=" + (memory - 94),
                "PartitionName=main Nodes=ALL Default=YES");
        assertTrue(eval(cluster).passed(), "keys ignore case, as in SLURM");
        assertTrue(conf(new ConfRequirement.Controller("pi01")).passed());
        assertEquals("the controller is pi01", conf(new ConfRequirement.Controller("pi02")).detail());
        assertTrue(conf(new ConfRequirement.Nodes(List.of("pi01", "pi02"), Optional.of(4))).passed(),
                "CPUs follow from Sockets x Cores x Threads");
        assertEquals("pi03 is on no NodeName line", conf(new ConfRequirement.Nodes(List.of("pi03"), Optional.empty())).detail());
        assertTrue(conf(new ConfRequirement.DefaultPartition()).passed());
        assertFalse(conf(new ConfRequirement.Setting("SchedulerType")).passed());

        writeConf("ClusterName=pilab", "NodeName=pi01 CPUs=2 RealMemory=" + (memory + 302), "PartitionName=main Nodes=ALL");
        assertTrue(conf(new ConfRequirement.Nodes(List.of("pi01"), Optional.of(4))).detail().contains("has 2 CPUs"));
        CheckResult tooBig = conf(new ConfRequirement.Nodes(List.of("pi01"), Optional.empty()));
        assertTrue(tooBig.detail().contains("more than the " + memory + " MB"), tooBig.detail());
        assertEquals("no partition has Default=YES", conf(new ConfRequirement.DefaultPartition()).detail());

        writeConf("NodeName=pi01 CPUs=4");
        assertEquals("pi01 has no RealMemory", conf(new ConfRequirement.Nodes(List.of("pi01"), Optional.of(4))).detail());
        assertEquals("no SlurmctldHost line", conf(new ConfRequirement.Controller("pi01")).detail());
    }

    @Test
    void anyOfPassesWhenOneAlternativeDoes() {
        Check a = new Check.FileContains("pi01", "~/a.txt", Pattern.compile("x"), "no a");
        Check b = new Check.FileContains("pi01", "~/b.txt", Pattern.compile("x"), "no b");
        Check any = new Check.AnyOf(List.of(a, b), "neither");
        CheckResult none = eval(any);
        assertFalse(none.passed());
        assertTrue(none.detail().contains("a.txt") && none.detail().contains("b.txt"), "what each alternative saw: " + none.detail());
        learner.type("ssh pi01 'echo x > b.txt'");
        assertTrue(eval(any).passed());
    }

    @Test
    void silentRunsLeaveTheLearnersHistoryAndClockAlone() {
        learner.type("ssh pi01");
        List<String> history = learner.current().history();
        long before = lab.network().simulator().now();
        eval(new Check.CommandOutput("pi01", "hostname", Optional.empty(), new OutputCondition.Equals("pi01"), "w"));
        eval(new Check.ServiceActive(List.of("pi01", "pi02"), "ssh", "w"));
        assertEquals(history, learner.current().history());
        assertEquals(before, lab.network().simulator().now());
    }

    @Test
    void aHostThatIsDownFailsWithThatReason() {
        learner.type("ssh pi02 sudo poweroff");
        lab.network().advance(30_000);
        CheckResult r = eval(new Check.CommandOutput("pi02", "hostname", Optional.empty(), new OutputCondition.Equals("pi02"), "w"));
        assertFalse(r.passed());
        assertEquals("pi02 is not up on the network", r.detail());
    }

    @Test
    void checksJudgeStandardOutputOnly() {
        Check quiet = new Check.CommandOutput("laptop", "ls /nothing-here", Optional.empty(), new OutputCondition.Equals(""), "w");
        assertTrue(eval(quiet).passed(), "ls's complaint goes to stderr");
        Check merged = new Check.CommandOutput("laptop", "ls /nothing-here 2>&1", Optional.empty(),
                new OutputCondition.Contains("No such file"), "w");
        assertTrue(eval(merged).passed(), "2>&1 asks for stderr too");
        assertFalse(lab.laptop().fs().exists("/tmp/.pilab-check-output"), "the catch file is removed");
    }
}
