package org.pilab.slurm.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.shell.Session;
import org.pilab.slurm.lab.Lab;
import org.pilab.slurm.lab.Scenarios;

/** slurmd and slurmctld on the virtual hosts: start conditions, refusals, registration, lost contact. */
class SlurmDaemonsTest {

    private static Lab lab;

    @BeforeAll
    static void buildOnce() {
        lab = Scenarios.slurmReady(21);
    }

    /** A fresh copy per test would cost a rebuild each: tests that break things build their own lab. */
    private static String run(Lab in, String host, String line) {
        Host h = in.host(host).orElseThrow();
        Session s = h.login("pi");
        String out = s.run(line).output();
        in.slurm().sync();
        return out;
    }

    @Test
    void clientCommandsNeedSlurmClientAndAnswerFromEveryNode() {
        assertTrue(lab.laptop().login("learner").run("sinfo").output().contains("sinfo: command not found"));
        for (String node : new String[] {"pi01", "pi02", "pi03", "pi04"}) {
            assertTrue(run(lab, node, "sinfo -h -o %D").strip().equals("4"), node);
        }
    }

    @Test
    void slurmdWithoutSlurmConfIsSkippedByItsCondition() {
        Lab l = Scenarios.slurmReady(22);
        run(l, "pi02", "sudo systemctl stop slurmd");
        run(l, "pi02", "sudo mv /etc/slurm/slurm.conf /etc/slurm/slurm.conf.bak");
        assertEquals("", run(l, "pi02", "sudo systemctl start slurmd"));
        assertEquals("inactive\n", run(l, "pi02", "systemctl is-active slurmd"));
        assertTrue(run(l, "pi02", "systemctl status slurmd").contains("ConditionPathExists=/etc/slurm/slurm.conf"));
    }

    @Test
    void slurmdExitsWhenTheHostnameIsNotANodeAndWhenMungeIsDown() {
        Lab l = Scenarios.slurmReady(23);
        run(l, "pi02", "sudo sed -i 's/pi\\[01-04\\]/pi[01,03-04]/' /etc/slurm/slurm.conf");
        assertEquals("", run(l, "pi02", "sudo systemctl restart slurmd"));
        run(l, "pi02", "sleep 1");
        assertEquals("failed\n", run(l, "pi02", "systemctl is-active slurmd"));
        assertTrue(run(l, "pi02", "sudo tail -n 1 /var/log/slurm/slurmd.log")
                .endsWith("fatal: Unable to determine this slurmd's NodeName\n"));

        run(l, "pi03", "sudo systemctl stop munge");
        run(l, "pi03", "sudo systemctl restart slurmd");
        run(l, "pi03", "sleep 1");
        assertEquals("failed\n", run(l, "pi03", "systemctl is-active slurmd"));
        String log = run(l, "pi03", "sudo cat /var/log/slurm/slurmd.log");
        assertTrue(log.contains("error: If munged is up, restart with --num-threads=10"), log);
        assertTrue(log.contains("error: Munge encode failed: Failed to access \"/run/munge/munge.socket.2\""), log);
    }

    @Test
    void slurmctldRefusesABadConfWithTheFatalLineAndClientsCannotConnect() {
        Lab l = Scenarios.slurmReady(24);
        run(l, "pi01", "echo 'FooBarKey=1' | sudo tee -a /etc/slurm/slurm.conf");
        run(l, "pi01", "sudo systemctl restart slurmctld");
        run(l, "pi01", "sleep 1");
        assertEquals("failed\n", run(l, "pi01", "systemctl is-active slurmctld"));
        assertTrue(run(l, "pi01", "sudo cat /var/log/slurm/slurmctld.log")
                .contains("error: _parse_next_key: Parsing error at unrecognized key: FooBarKey"));
        assertEquals("slurm_load_partitions: Unable to contact slurm controller (connect failure)\n",
                run(l, "pi02", "sinfo"));
        assertEquals("Slurmctld(primary) at pi01 is DOWN\n", run(l, "pi02", "scontrol ping"));
        assertTrue(run(l, "pi02", "squeue").startsWith("slurm_load_jobs error: Unable to contact slurm controller"));
    }

    @Test
    void aBrokenHostListIsReportedByClientsAndByTheControllersLog() {
        Lab l = Scenarios.slurmReady(28);
        run(l, "pi01", "sudo sed -i 's/^NodeName=pi\\[01-04\\]/NodeName=pi[01-04/' /etc/slurm/slurm.conf");
        Host pi01 = l.host("pi01").orElseThrow();
        Session s = pi01.login("pi");
        var sinfo = s.run("sinfo");
        assertEquals(1, sinfo.status());
        assertTrue(sinfo.output().startsWith("sinfo: error: Parse error in file /etc/slurm/slurm.conf line "),
                sinfo.output());
        assertTrue(sinfo.output().endsWith("sinfo: fatal: Unable to create NodeName list from pi[01-04\n"),
                sinfo.output());
        run(l, "pi01", "sudo systemctl restart slurmctld");
        run(l, "pi01", "sleep 1");
        assertEquals("failed\n", run(l, "pi01", "systemctl is-active slurmctld"));
        String log = run(l, "pi01", "sudo tail -n 2 /var/log/slurm/slurmctld.log");
        assertTrue(log.contains("error: Parse error in file /etc/slurm/slurm.conf line "), log);
        assertTrue(log.endsWith("fatal: Unable to create NodeName list from pi[01-04\n"), log);
        String journal = run(l, "pi01", "sudo journalctl -u slurmctld --no-pager");
        assertTrue(journal.contains("slurmctld[") && journal.contains("fatal: Unable to create NodeName list"),
                journal);
    }

    @Test
    void slurmctldOnAHostThatIsNotSlurmctldHostSaysSoAndExits() {
        Lab l = Scenarios.slurmReady(29);
        run(l, "pi02", "sudo apt install -y slurmctld");
        run(l, "pi02", "sudo systemctl start slurmctld");
        run(l, "pi02", "sleep 1");
        assertEquals("failed\n", run(l, "pi02", "systemctl is-active slurmctld"));
        assertTrue(run(l, "pi02", "sudo tail -n 1 /var/log/slurm/slurmctld.log")
                .endsWith("] error: This host (pi02/pi02) not a valid controller\n"));
    }

    @Test
    void theJournalShowsStartedThenTheDaemonsErrorsThenTheFailure() {
        Lab l = Scenarios.slurmReady(30);
        run(l, "pi01", "echo 'FooBarKey=1' | sudo tee -a /etc/slurm/slurm.conf");
        Host pi01 = l.host("pi01").orElseThrow();
        int before = pi01.journal().forUnit("slurmctld").size();
        run(l, "pi01", "sudo systemctl restart slurmctld");
        run(l, "pi01", "sleep 1");
        List<String> messages = pi01.journal().forUnit("slurmctld").stream().skip(before)
                .map(e -> e.identifier() + ": " + e.message()).toList();
        int started = indexOf(messages, "systemd: Started ");
        int error = indexOf(messages, "slurmctld: error: _parse_next_key: Parsing error at unrecognized key: FooBarKey");
        int fatal = indexOf(messages, "slurmctld: fatal: Unable to process configuration file");
        int exited = indexOf(messages, "systemd: slurmctld.service: Main process exited, code=exited, status=1/FAILURE");
        int failed = indexOf(messages, "systemd: slurmctld.service: Failed with result 'exit-code'.");
        assertTrue(started >= 0 && started < error && error < fatal && fatal < exited && exited < failed,
                messages::toString);
    }

    @Test
    void sacctNeedsAnAccountingStorageTypeAsDocumented() {
        Lab l = Scenarios.slurmReady(31);
        run(l, "pi01", "cd /clusterfs && sbatch --job-name=done --wrap=true");
        l.advance(5_000);
        assertTrue(run(l, "pi01", "sacct -n -X -o JobName,State").contains("done"), "slurm-ready keeps accounting");
        for (String node : new String[] {"pi01", "pi02", "pi03", "pi04"}) {
            run(l, node, "sudo sed -i '/^AccountingStorageType=/d' /etc/slurm/slurm.conf");
        }
        run(l, "pi01", "sudo systemctl restart slurmctld");
        run(l, "pi01", "sleep 1");
        assertEquals("Slurm accounting storage is disabled\n", run(l, "pi01", "sacct"),
                "lesson 04's cluster, with no accounting lines, has no accounting");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aNodeThatLosesPowerIsNotRespondingThenDownAndComesBackWhenItBoots() {
        Lab l = Scenarios.slurmReady(25);
        Host pi03 = l.host("pi03").orElseThrow();
        pi03.powerOff();
        l.slurm().sync();
        assertEquals("idle*\n", run(l, "pi01", "sinfo -h -N -n pi03 -o %t"));
        l.advance(301_000);
        assertEquals("down*\n", run(l, "pi01", "sinfo -h -N -n pi03 -o %t"));
        pi03.powerOn();
        l.advance(pi03.hardware().bootMillis() + 2_000);
        assertEquals("idle\n", run(l, "pi01", "sinfo -h -N -n pi03 -o %t"), "slurmd starts at boot and registers");
    }

    @Test
    void anUnpluggedCableMakesTheNodeNotRespondingUntilPluggedBack() {
        Lab l = Scenarios.slurmReady(26);
        Host pi04 = l.host("pi04").orElseThrow();
        pi04.cable(false);
        l.slurm().sync();
        assertEquals("idle*\n", run(l, "pi01", "sinfo -h -N -n pi04 -o %t"));
        pi04.cable(true);
        l.advance(1_000);
        assertEquals("idle\n", run(l, "pi01", "sinfo -h -N -n pi04 -o %t"));
    }

    @Test
    void nodelistPutsTheJobOnTheNamedNode() {
        assertEquals("pi03\n", run(lab, "pi01", "srun -w pi03 hostname"));
        assertEquals("pi02\npi04\n", run(lab, "pi01", "srun --nodelist=pi[02,04] hostname"));
        assertEquals("srun: error: Unable to allocate resources: Invalid node name specified\n",
                run(lab, "pi01", "srun -w pi09 hostname"));
    }

    @Test
    void eachSrunTaskRunsItsCommandOnItsOwnNode() {
        assertEquals("pi01\npi02\npi03\npi04\n", run(lab, "pi01", "srun --nodes=4 cat /etc/hostname"));
        assertEquals("pi03\npi04\n", run(lab, "pi02", "srun -N2 -w pi[03-04] cat /etc/hostname"),
                "a host list that is not a valid glob stays as typed");
    }

    @Test
    void batchOutputLandsOnTheSharedFolderAsTheJobsUser() {
        Lab l = Scenarios.slurmReady(27);
        run(l, "pi02", "cd /clusterfs && sbatch --output=/clusterfs/out-%j.txt --wrap='hostname; cat /etc/hostname'");
        l.advance(5_000);
        String listing = run(l, "pi04", "ls -l /clusterfs/out-1.txt");
        assertTrue(listing.contains(" pi pi "), listing);
        assertEquals("pi01\npi01\n", run(l, "pi03", "cat /clusterfs/out-1.txt"), "the job ran on pi01 and saw its files");
    }
}
