package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.service.StartDecision;
import org.pilab.node.service.UnitRuntime;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class PackagesAndServicesTest {

    private Lab lab;
    private Session pi01;
    private Session pi02;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(7L);
        pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi02 = lab.host("pi02").orElseThrow().login("pi");
    }

    @Test
    void aptWithoutSudoCannotTakeTheLock() {
        ShellResult r = pi01.run("apt install -y munge");
        assertEquals("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n"
                + "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n", r.output());
        assertEquals(100, r.status());
    }

    @Test
    void withoutDashYAptAsksBeforeInstallingDependencies() {
        ShellResult r = pi01.run("sudo apt install munge");
        assertTrue(r.output().contains("After this operation, 446 kB of additional disk space will be used.\n"
                + "Do you want to continue? [Y/n] Y\nGet:1 "), r.output());
        pi02.responder((kind, prompt) -> java.util.Optional.of("n"));
        ShellResult abort = pi02.run("sudo apt install munge");
        assertTrue(abort.output().endsWith("Do you want to continue? [Y/n] n\nAbort.\n"), abort.output());
        assertEquals(1, abort.status());
    }

    @Test
    void unknownPackage() {
        ShellResult r = pi01.run("sudo apt install -y slurm-llnl");
        assertTrue(r.output().endsWith("E: Unable to locate package slurm-llnl\n"), r.output());
        assertEquals(100, r.status());
    }

    @Test
    void mungeInstallMakesAPerNodeKeyOwnedByMunge() {
        ShellResult r = pi01.run("sudo apt install -y munge");
        assertEquals(0, r.status(), r.output());
        assertTrue(r.output().contains("The following NEW packages will be installed:\n  libmunge2 munge\n"), r.output());
        assertTrue(r.output().contains("Setting up munge (0.5.15-2) ...\nCreated symlink "
                + "/etc/systemd/system/multi-user.target.wants/munge.service \u2192 /lib/systemd/system/munge.service.\n"));
        pi02.run("sudo apt install -y munge");
        String key1 = lab.host("pi01").orElseThrow().fs().read("/etc/munge/munge.key");
        String key2 = lab.host("pi02").orElseThrow().fs().read("/etc/munge/munge.key");
        assertNotEquals(key1, key2);
        assertEquals("ls: cannot open directory '/etc/munge': Permission denied\n", pi01.run("ls /etc/munge").output());
        assertTrue(pi01.run("sudo ls -l /etc/munge/munge.key").output().startsWith("-r-------- 1 munge munge "));
        assertEquals("active\n", pi01.run("systemctl is-active munge").output());
    }

    @Test
    void slurmPackagesLeaveNoSlurmConfAndSkipTheStart() {
        ShellResult r = pi01.run("sudo apt install -y slurm-wlm");
        assertEquals(0, r.status(), r.output());
        assertEquals("plugstack.conf\n", pi01.run("ls /etc/slurm | cat").output());
        assertTrue(pi01.run("ls -ld /var/lib/slurm/slurmd").output().contains(" slurm slurm "));
        ShellResult start = pi01.run("sudo systemctl start slurmd");
        assertEquals("", start.output());
        assertEquals(0, start.status());
        assertEquals("inactive\n", pi01.run("systemctl is-active slurmd").output());
        String status = pi01.run("systemctl status slurmd").output();
        assertTrue(status.startsWith("\u25cb slurmd.service - Slurm node daemon\n"
                + "     Loaded: loaded (/lib/systemd/system/slurmd.service; enabled; preset: enabled)\n"
                + "     Active: inactive (dead)\n"
                + "  Condition: start condition failed at Wed 2026-11-25 17:"), status);
        assertTrue(status.contains("             \u2514\u2500 ConditionPathExists=/etc/slurm/slurm.conf was not met\n"), status);
    }

    @Test
    void dpkgListShowsInstalledPackagesInDebiansLayout() {
        pi01.run("sudo apt install -y munge");
        List<String> lines = pi01.run("dpkg -l munge").output().lines().toList();
        assertEquals("Desired=Unknown/Install/Remove/Purge/Hold", lines.get(0));
        assertTrue(lines.get(3).startsWith("||/ Name           Version      Architecture Description"), lines.get(3));
        assertTrue(lines.get(5).startsWith("ii  munge          0.5.15-2     arm64        authentication service"), lines.get(5));
        assertEquals("dpkg-query: no packages found matching slurmd\n", pi01.run("dpkg -l slurmd").output());
    }

    @Test
    void runningServiceStatusLayout() {
        pi01.run("sudo apt install -y munge");
        lab.network().advance(300_000);
        Host h = lab.host("pi01").orElseThrow();
        UnitRuntime rt = h.services().runtime("munge");
        String status = pi01.run("systemctl status munge").output();
        String expectedHead = "\u25cf munge.service - MUNGE authentication service\n"
                + "     Loaded: loaded (/lib/systemd/system/munge.service; enabled; preset: enabled)\n"
                + "     Active: active (running) since Wed 2026-11-25 17:";
        assertTrue(status.startsWith(expectedHead), status);
        assertTrue(status.contains("; 5min ago\n       Docs: man:munged(8)\n   Main PID: " + rt.mainPid() + " (munged)\n"
                + "      Tasks: 4 (limit: 4915)\n        CPU: " + rt.cpuMillis() + "ms\n"
                + "     CGroup: /system.slice/munge.service\n             \u2514\u2500" + rt.mainPid() + " /usr/sbin/munged\n"), status);
        assertEquals(0, pi01.run("systemctl status munge").status());
    }

    @Test
    void forkingStartFailureIsReportedAndSimpleOneIsNot() {
        pi01.run("sudo apt install -y munge");
        pi01.run("sudo chmod 644 /etc/munge/munge.key");
        ShellResult r = pi01.run("sudo systemctl restart munge");
        assertEquals("Job for munge.service failed because the control process exited with error code.\n"
                + "See \"systemctl status munge.service\" and \"journalctl -xeu munge.service\" for details.\n", r.output());
        assertEquals(1, r.status());
        assertEquals("failed\n", pi01.run("systemctl is-active munge").output());
        assertTrue(pi01.run("sudo journalctl -u munge").output().contains("munged: Error: Keyfile is insecure"));

        lab.network().behaviours().register("slurmd", ctx -> {
            ctx.log("slurmd: fatal: Unable to determine this slurmd's NodeName");
            return StartDecision.exits(1);
        });
        pi01.run("sudo apt install -y slurmd");
        pi01.run("echo 'ClusterName=lab' | sudo tee /etc/slurm/slurm.conf");
        ShellResult start = pi01.run("sudo systemctl start slurmd");
        assertEquals("", start.output());
        assertEquals(0, start.status());
        ShellResult active = pi01.run("systemctl is-active slurmd");
        assertEquals("failed\n", active.output());
        assertEquals(3, active.status());
        String status = pi01.run("systemctl status slurmd").output();
        assertTrue(status.startsWith("\u00d7 slurmd.service - Slurm node daemon\n"), status);
        assertTrue(status.contains("     Active: failed (Result: exit-code) since "), status);
        assertTrue(status.contains("slurmd: fatal: Unable to determine this slurmd's NodeName\n"), status);
        assertTrue(status.contains("slurmd.service: Failed with result 'exit-code'.\n"), status);
    }

    @Test
    void systemctlMessagesForUnknownUnitsAndMissingPrivileges() {
        assertEquals("Failed to start foo.service: Unit foo.service not found.\n", pi01.run("sudo systemctl start foo").output());
        assertEquals(5, pi01.run("sudo systemctl start foo").status());
        assertEquals("Unit foo.service could not be found.\n", pi01.run("systemctl status foo").output());
        ShellResult denied = pi01.run("systemctl restart ssh");
        assertEquals("Failed to restart ssh.service: Interactive authentication required.\n"
                + "See system logs and 'systemctl status ssh.service' for details.\n", denied.output());
        assertEquals("enabled\n", pi01.run("systemctl is-enabled ssh").output());
        ShellResult disable = pi01.run("sudo systemctl disable ssh");
        assertEquals("Removed \"/etc/systemd/system/multi-user.target.wants/ssh.service\".\n", disable.output());
        assertFalse(lab.host("pi01").orElseThrow().services().isEnabled("ssh"));
    }

    @Test
    void mungeIsNotOnThePathUntilInstalled() {
        assertEquals("-bash: munge: command not found\n", lab.learnerSession().run("ssh pi01 munge -n").output());
        assertEquals("bash: munge: command not found\n", lab.learnerSession().run("munge -n").output());
    }
}
