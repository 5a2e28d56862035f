package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each lesson-11 fault shows its real symptoms and log lines, and the lesson's fix clears it. */
class FaultsTest {

    private static String stateOf(LabTranscript t, String node) {
        return t.run("ssh pi01 sinfo -h -N -n " + node + " -o %t").strip();
    }

    private static Lab broken(String fault) {
        Lab lab = Scenarios.slurmReady(11);
        lab.inject(Fault.parse(fault));
        return lab;
    }

    @Test
    void mungeKeyMismatchLeavesTheNodeNotRespondingUntilTheKeyIsCopied() {
        Lab lab = broken("munge-key");
        LabTranscript t = new LabTranscript(lab);
        assertEquals("idle*", stateOf(t, "pi02"));
        assertTrue(t.run("ssh pi01 sudo cat /var/log/slurm/slurmctld.log").contains("error: Munge decode failed: Invalid credential"));
        assertTrue(t.run("ssh pi01 'munge -n | ssh pi02 unmunge'").contains("Invalid credential"));

        t.run("ssh pi01 sudo cat /etc/munge/munge.key | ssh pi02 sudo tee /etc/munge/munge.key >/dev/null");
        t.run("ssh pi02 sudo systemctl restart munge");
        t.run("ssh pi02 sudo systemctl restart slurmd");
        t.run("sleep 10");
        assertEquals("idle", stateOf(t, "pi02"));
    }

    @Test
    void clockSkewRewindsCredentialsUntilChronyRunsAgain() {
        Lab lab = broken("clock-skew");
        LabTranscript t = new LabTranscript(lab);
        assertEquals("idle*", stateOf(t, "pi03"));
        assertTrue(t.run("ssh pi01 sudo cat /var/log/slurm/slurmctld.log").contains("Munge decode failed: Rewound credential"));

        t.run("ssh pi03 sudo systemctl enable --now chrony");
        t.run("sleep 30");
        t.run("ssh pi03 sudo systemctl restart munge");
        t.run("ssh pi03 sudo systemctl restart slurmd");
        t.run("sleep 10");
        assertTrue(t.run("ssh pi01 'munge -n | ssh pi03 unmunge'").contains("Success (0)"));
        assertEquals("idle", stateOf(t, "pi03"));
    }

    @Test
    void tooManyCpusDrainsTheNodeWithSlurmctldsReason() {
        Lab lab = broken("cpu-count");
        LabTranscript t = new LabTranscript(lab);
        assertTrue(t.run("ssh pi04 sudo cat /var/log/slurm/slurmd.log")
                .contains("error: Node configuration differs from hardware: CPUs=8:4(hw)"));
        assertTrue(t.run("ssh pi01 sudo cat /var/log/slurm/slurmctld.log").contains("Node pi04 has low cpu count (4 < 8)"));
        assertTrue(t.run("ssh pi01 sinfo -R").contains("Low socket*core*thre"));
        assertEquals("drain", stateOf(t, "pi04"));

        fixConf(t, "s/CPUs=8 Boards=1 SocketsPerBoard=1 CoresPerSocket=8/CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4/");
        assertTrue(t.run("ssh pi01 scontrol show node pi04").contains("CPUTot=4 "));
        // slurmctld saved the drain with its state: a right line alone does not undo it
        assertEquals("drain", stateOf(t, "pi04"));
        t.run("ssh pi01 sudo scontrol update nodename=pi04 state=resume");
        assertEquals("idle", stateOf(t, "pi04"));
    }

    @Test
    void realMemoryAboveTheBoardsDrainsWithLowRealMemory() {
        Lab lab = broken("real-memory");
        LabTranscript t = new LabTranscript(lab);
        assertTrue(t.run("ssh pi01 sudo grep real_memory /var/log/slurm/slurmctld.log")
                .contains("error: Node pi03 has low real_memory size (3794 < 4000)"));
        assertTrue(t.run("ssh pi01 sinfo -R").contains("Low RealMemory"));
        assertEquals("drain", stateOf(t, "pi03"));

        fixConf(t, "s/RealMemory=4000/RealMemory=3794/");
        assertEquals("drain", stateOf(t, "pi03"));
        t.run("ssh pi01 sudo scontrol update nodename=pi03 state=resume");
        assertEquals("idle", stateOf(t, "pi03"));
    }

    /** Edits slurm.conf on pi01, copies it everywhere, restarts the daemons. */
    private static void fixConf(LabTranscript t, String sed) {
        t.run("ssh pi01 \"sudo sed -i '" + sed + "' /etc/slurm/slurm.conf\"");
        for (String n : new String[] {"pi02", "pi03", "pi04"}) {
            t.run("ssh pi01 cat /etc/slurm/slurm.conf | ssh " + n + " sudo tee /etc/slurm/slurm.conf >/dev/null");
        }
        t.run("ssh pi01 sudo systemctl restart slurmctld");
        for (String n : new String[] {"pi01", "pi02", "pi03", "pi04"}) {
            t.run("ssh " + n + " sudo systemctl restart slurmd");
        }
        t.run("sleep 10");
    }

    @Test
    void stoppedSlurmdGoesFromNotRespondingToDownAfterSlurmdTimeout() {
        Lab lab = broken("slurmd-down");
        LabTranscript t = new LabTranscript(lab);
        assertEquals("inactive", t.run("ssh pi01 systemctl is-active slurmd").strip());
        assertEquals("idle*", stateOf(t, "pi01"));
        t.run("sleep 300");
        assertEquals("down*", stateOf(t, "pi01"));

        t.run("ssh pi01 sudo systemctl enable --now slurmd");
        t.run("sleep 10");
        assertEquals("enabled", t.run("ssh pi01 systemctl is-enabled slurmd").strip());
        assertEquals("idle", stateOf(t, "pi01"), "ReturnToService=2 brings the node back when slurmd answers");
    }

    @Test
    void unmountedClusterfsShowsAnEmptyFolderToJobsOnThatNode() {
        Lab lab = broken("nfs-mount");
        LabTranscript t = new LabTranscript(lab);
        t.run("ssh pi01 touch /clusterfs/shared-file");
        assertFalse(t.run("ssh pi02 mount").contains("pi01:/clusterfs on /clusterfs type nfs"));
        assertEquals("", t.run("ssh pi01 srun --nodelist=pi02 ls /clusterfs"), "pi02's own empty folder");

        t.run("ssh pi02 sudo mount /clusterfs");
        assertTrue(t.run("ssh pi02 mount").contains("pi01:/clusterfs on /clusterfs type nfs"));
        assertEquals("shared-file\n", t.run("ssh pi01 srun --nodelist=pi02 ls /clusterfs"));
    }
}
