package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code scontrol update JobId=...}: what a job's owner may change, and what needs root. */
class JobUpdateTest {

    private static final String CONF = """
            ClusterName=pilab
            SlurmctldHost=pi01
            SchedulerType=sched/backfill
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            AccountingStorageType=accounting_storage/slurmdbd
            NodeName=pi[01-02] CPUs=4 RealMemory=3000 State=UNKNOWN
            PartitionName=short Nodes=ALL Default=YES MaxTime=00:30:00 State=UP
            PartitionName=long Nodes=ALL MaxTime=1-00:00:00 State=UP
            """;

    private static VirtualCluster clusterWithTooLongJob() {
        VirtualCluster vc = VirtualCluster.fromConfText(CONF, 1);
        vc.as("pi", 1000, "/home/pi");
        vc.run("sbatch --job-name=toolong --partition=short --time=02:00:00 --wrap='sleep 20'");
        vc.run("sleep 5");
        return vc;
    }

    @Test
    void theOwnerMovesAPendingJobToAPartitionWhoseLimitFitsAndItRuns() {
        VirtualCluster vc = clusterWithTooLongJob();
        assertEquals("PD (PartitionTimeLimit)", vc.run("squeue -h -o '%t %R'").stdout().strip());
        assertEquals(new CommandResult("", "", 0), vc.run("scontrol update jobid=1 partition=long"));
        vc.run("sleep 40");
        assertEquals("COMPLETED long", vc.run("sacct -n -X -j 1 -o state,partition").stdout().strip()
                .replaceAll("\\s+", " "));
    }

    @Test
    void theOwnerMayLowerTheTimeLimitButOnlyRootRaisesIt() {
        VirtualCluster vc = clusterWithTooLongJob();
        CommandResult raise = vc.run("scontrol update jobid=1 TimeLimit=03:00:00");
        assertEquals(1, raise.exitCode());
        assertTrue(raise.stderr().contains("Access/permission denied"), raise.stderr());
        assertEquals(0, vc.run("scontrol update jobid=1 TimeLimit=00:20:00").exitCode());
        vc.run("sleep 40");
        assertEquals("COMPLETED", vc.run("sacct -n -X -j 1 -o state").stdout().strip());
    }

    @Test
    void anotherUserAndAStartedJobAreRefused() {
        VirtualCluster vc = clusterWithTooLongJob();
        vc.as("bob", 1001, "/home/bob");
        assertTrue(vc.run("scontrol update jobid=1 partition=long").stderr().contains("Access/permission denied"));
        vc.as("pi", 1000, "/home/pi");
        vc.run("sbatch --wrap='sleep 100'");
        vc.run("sleep 5");
        CommandResult late = vc.run("scontrol update jobid=2 partition=long");
        assertEquals(1, late.exitCode());
        assertTrue(late.stderr().contains("Job is no longer pending execution"), late.stderr());
        assertTrue(vc.run("scontrol update jobid=1 partition=nosuch").stderr().contains("Invalid partition name"));
    }
}
