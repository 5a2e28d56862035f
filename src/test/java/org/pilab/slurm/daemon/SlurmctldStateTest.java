package org.pilab.slurm.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.slurm.lab.Lab;
import org.pilab.slurm.lab.Scenarios;

/** slurmctld keeps its jobs through a restart (StateSaveLocation) and through scontrol reconfigure. */
class SlurmctldStateTest {

    private static String run(Lab in, String line) {
        Host h = in.host("pi01").orElseThrow();
        String out = h.login("pi").run(line).output();
        in.slurm().sync();
        return out;
    }

    /** Four one-node jobs running (each takes a whole Pi) and one waiting for a node. */
    private static Lab busyCluster(long seed) {
        Lab lab = Scenarios.slurmReady(seed);
        for (int i = 0; i < 5; i++) {
            run(lab, "sbatch --job-name=w" + i + " --exclusive --time=10 --wrap='sleep 300'");
        }
        return lab;
    }

    @Test
    void aRestartKeepsTheQueueAndTheRunningJobs() {
        Lab lab = busyCluster(31);
        String before = run(lab, "squeue -h -o '%i %T'");
        assertEquals(4, before.lines().filter(l -> l.endsWith("RUNNING")).count(), before);
        assertEquals(1, before.lines().filter(l -> l.endsWith("PENDING")).count(), before);

        run(lab, "sudo systemctl restart slurmctld");
        assertEquals(before, run(lab, "squeue -h -o '%i %T'"));
        assertTrue(run(lab, "sudo tail -n 3 /var/log/slurm/slurmctld.log").contains("Recovered information about 5 jobs"));
    }

    @Test
    void jobsFinishedBeforeARestartStayInTheAccounting() {
        Lab lab = Scenarios.slurmReady(32);
        run(lab, "sbatch --job-name=quick --wrap='true'");
        run(lab, "sleep 5");
        run(lab, "sudo systemctl restart slurmctld");
        assertTrue(run(lab, "sacct -n -X --name=quick -o state").contains("COMPLETED"));
    }

    @Test
    void aRestartAppliesTheNewSchedulerTypeToTheKeptJobs() {
        Lab lab = busyCluster(33);
        run(lab, "sudo sed -i 's|^SchedulerType=.*|SchedulerType=sched/builtin|' /etc/slurm/slurm.conf");
        run(lab, "sudo systemctl restart slurmctld");
        assertTrue(run(lab, "scontrol show config").contains("sched/builtin"));
        assertEquals(5, run(lab, "squeue -h").lines().count());
    }

    @Test
    void reconfigureKeepsJobsAndAppliesANewPartition() {
        Lab lab = busyCluster(34);
        String before = run(lab, "squeue -h -o '%i %T'");
        run(lab, "echo 'PartitionName=long Nodes=pi[01-04] MaxTime=7-00:00:00 State=UP' | sudo tee -a /etc/slurm/slurm.conf");
        assertEquals("", run(lab, "sudo scontrol reconfigure"));
        assertEquals(before, run(lab, "squeue -h -o '%i %T'"));
        assertTrue(run(lab, "sinfo -h -o %P").contains("long"));
    }

    @Test
    void reconfigureAppliesANodesNewSizeButADrainedNodeStaysDrained() {
        Lab lab = Scenarios.slurmReady(35);
        run(lab, "sudo sed -i 's/RealMemory=[0-9]*/RealMemory=9000/' /etc/slurm/slurm.conf");
        run(lab, "sudo scontrol reconfigure");
        assertTrue(run(lab, "sinfo -h -N -n pi01 -o %t").startsWith("drain"), "a line larger than the board drains it");
        run(lab, "sudo sed -i 's/RealMemory=9000/RealMemory=3000/' /etc/slurm/slurm.conf");
        run(lab, "sudo scontrol reconfigure");
        assertTrue(run(lab, "scontrol show node pi01").contains("RealMemory=3000"));
        assertTrue(run(lab, "sinfo -h -N -n pi01 -o %t").startsWith("drain"), "only resume undrains");
        run(lab, "sudo scontrol update nodename=pi01 state=resume");
        assertEquals("idle\n", run(lab, "sinfo -h -N -n pi01 -o %t"));
    }

    @Test
    void addingNodesTakesARestartNotAReconfigure() {
        Lab lab = Scenarios.slurmReady(36);
        run(lab, "sudo sed -i 's/pi\\[01-04\\]/pi[01-05]/g' /etc/slurm/slurm.conf");
        run(lab, "sudo scontrol reconfigure");
        assertEquals("4\n", run(lab, "sinfo -h -o %D"));
        assertTrue(run(lab, "sudo tail -n 1 /var/log/slurm/slurmctld.log").contains("restarted to add or remove nodes"));
        assertTrue(run(lab, "scontrol show node pi05").contains("not found"));
        run(lab, "sudo systemctl restart slurmctld");
        assertTrue(run(lab, "scontrol show node pi05").contains("NodeName=pi05"));
    }
}
