package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Behaviour seen on the real SLURM 22.05 testbed (VirtualClusterFidelityIT) that the virtual
 * cluster reproduces, checked here without the testbed. The cluster is the bundle's: four Pi 4
 * (4 cores, RealMemory=3794), partitions short (1 h, default) and long (1 day), with accounting.
 */
class TestbedBehaviourTest {

    private static final String CONF = """
            ClusterName=pilab
            SlurmctldHost=slurmctl(10.77.0.1)
            SchedulerType=sched/backfill
            SchedulerParameters=batch_sched_delay=0,bf_interval=5
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            DefMemPerCPU=948
            AccountingStorageType=accounting_storage/slurmdbd
            NodeName=pi01 NodeAddr=10.77.0.11 NodeHostname=pi01 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794
            NodeName=pi02 NodeAddr=10.77.0.12 NodeHostname=pi02 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794
            NodeName=pi03 NodeAddr=10.77.0.13 NodeHostname=pi03 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794
            NodeName=pi04 NodeAddr=10.77.0.14 NodeHostname=pi04 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794
            PartitionName=short Nodes=pi[01-04] Default=YES MaxTime=01:00:00 State=UP
            PartitionName=long Nodes=pi[01-04] Default=NO MaxTime=1-00:00:00 State=UP
            """;

    private static VirtualCluster cluster() {
        VirtualCluster vc = VirtualCluster.fromConfText(CONF, 1);
        vc.as("root", 0, "/root");
        return vc;
    }

    @Test
    void aRequestNoNodeCanTakeIsExplainedUsesAJobIdAndIsAccountedAsFailed() {
        VirtualCluster vc = cluster();
        CommandResult mem = vc.run("sbatch --mem=100000 --wrap true");
        assertEquals(1, mem.exitCode());
        assertEquals("sbatch: error: Memory specification can not be satisfied\n"
                + "sbatch: error: Batch job submission failed: Requested node configuration is not available\n",
                mem.stderr());
        CommandResult cpus = vc.run("sbatch -c 5 --wrap true");
        assertEquals("sbatch: error: CPU count per node can not be satisfied\n"
                + "sbatch: error: Batch job submission failed: Requested node configuration is not available\n",
                cpus.stderr());
        assertEquals("Submitted batch job 3\n", vc.run("sbatch --wrap true").stdout());
        String sacct = vc.run("sacct -X -o JobID,JobName,State,ExitCode").stdout();
        assertTrue(sacct.contains("1                  wrap     FAILED      1:0 \n"), sacct);
        assertTrue(sacct.contains("2                  wrap     FAILED      1:0 \n"), sacct);
        assertFalse(vc.run("squeue -h").stdout().contains(" F "), "a refused job never pends or runs");
    }

    @Test
    void optionErrorsReadAsOnTheTestbed() {
        VirtualCluster vc = cluster();
        CommandResult array = vc.run("sbatch --array=x --wrap true");
        assertEquals("sbatch: error: Batch job submission failed: Invalid job array specification\n", array.stderr());
        assertEquals(1, array.exitCode());
        CommandResult time = vc.run("sbatch -t abc --wrap true");
        assertEquals("sbatch: error: Invalid --time specification\n", time.stderr());
        assertEquals(255, time.exitCode());
        assertEquals("Submitted batch job 1\n", vc.run("sbatch --wrap true").stdout(), "neither used a job id");
    }

    @Test
    void showPartitionKeepsItsOwnMemoryDefaultAndEveryRecordEndsWithAnEmptyLine() {
        String out = cluster().run("scontrol show partition").stdout();
        assertTrue(out.contains("   DefMemPerNode=UNLIMITED MaxMemPerNode=UNLIMITED\n"), out);
        assertFalse(out.contains("DefMemPerCPU"), out);
        assertTrue(out.endsWith("billing=16\n\n"), out);
        assertTrue(out.contains("billing=16\n\nPartitionName=long\n"), out);
    }

    @Test
    void showNodePrintsTheConfiguredAddressAndEndsWithAnEmptyLine() {
        String out = cluster().run("scontrol show node pi02").stdout();
        assertTrue(out.contains("   NodeAddr=10.77.0.12 NodeHostName=pi02 Version=22.05.8\n"), out);
        assertTrue(out.endsWith("\n\n"), out);
    }

    @Test
    void aJobNamingADrainedNodeWaitsForItEvenBehindABlockedPartition() {
        VirtualCluster vc = cluster();
        vc.run("sbatch -p long -c 4 --wrap 'sleep 600'");
        vc.run("sbatch -p long -c 4 --wrap 'sleep 600'");
        vc.run("sbatch -p long -c 4 --wrap 'sleep 600'");
        vc.run("sbatch -J wide -N 2 -c 4 --wrap 'sleep 60'"); // short is blocked behind it
        vc.run("scontrol update nodename=pi04 state=drain reason=\"fidelity check\"");
        vc.run("sbatch -J pinned -t 5 -w pi04 --wrap true");
        vc.run("sleep 6");
        String reasons = vc.run("squeue -h -t PD -o \"%j %r\"").stdout();
        assertTrue(reasons.contains("pinned ReqNodeNotAvail, UnavailableNodes:pi04\n"), reasons);
        assertTrue(reasons.contains("wide Resources\n"), reasons);
    }

    @Test
    void anIdleNodeHeldByBackfillForAPendingJobIsPlanned() {
        VirtualCluster vc = cluster();
        // pi01 frees first, so the two-node job can only be planned on pi01 and the idle pi04.
        vc.run("sbatch -p long -t 10 -c 4 --wrap 'sleep 600'");
        vc.run("sbatch -p long -t 30 -c 4 --wrap 'sleep 600'");
        vc.run("sbatch -p long -t 30 -c 4 --wrap 'sleep 600'");
        vc.run("sbatch -N 2 -c 4 --wrap 'sleep 60'");
        vc.run("sleep 6");
        // pi04 is idle but backfill holds it for the two-node job: 22.05 shows PLANNED.
        assertEquals("PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
                + "short*       up    1:00:00      1   plnd pi04\n"
                + "short*       up    1:00:00      3  alloc pi[01-03]\n"
                + "long         up 1-00:00:00      1   plnd pi04\n"
                + "long         up 1-00:00:00      3  alloc pi[01-03]\n", vc.run("sinfo").stdout());
        assertTrue(vc.run("scontrol show node pi04").stdout().contains("State=IDLE+PLANNED "));
    }

    @Test
    void sacctWithoutJobIdsLeavesOutJobsThatNeverBecameEligible() {
        VirtualCluster vc = cluster();
        vc.run("sbatch -J held -H --wrap true");
        vc.run("sbatch -J arr --array=0-3%1 --wrap 'sleep 60'");
        vc.run("sleep 6");
        String window = vc.run("sacct -X -o JobID,JobName,State").stdout();
        assertEquals("JobID           JobName      State \n"
                + "------------ ---------- ---------- \n"
                + "2_0                 arr    RUNNING \n", window);
        String byId = vc.run("sacct -X -j 1 -o JobID,JobName,State").stdout();
        assertTrue(byId.contains("1                  held    PENDING \n"), byId);
    }

    @Test
    void cancellingAWholeArrayStartsNoneOfItsPendingTasks() {
        VirtualCluster vc = cluster();
        vc.run("sbatch -J arr --array=0-3%1 --wrap 'sleep 60'");
        vc.run("sleep 6");
        vc.run("scancel 1");
        String sacct = vc.run("sacct -X -o JobID,State").stdout();
        assertEquals("JobID             State \n------------ ---------- \n1_0          CANCELLED+ \n", sacct);
    }

    @Test
    void slurmstepdNamesItsNodeInTheCancelledLine() {
        VirtualCluster vc = cluster();
        vc.run("sbatch -J tmo -t 1 --wrap 'sleep 300'");
        vc.run("sbatch -J big --wrap 'sleep 300'");
        vc.run("sleep 70");
        vc.run("scancel 2");
        assertEquals("slurmstepd-pi01: error: *** JOB 1 ON pi01 CANCELLED AT 2026-01-01T09:01:00 DUE TO TIME LIMIT ***\n",
                vc.readFile("slurm-1.out"));
        assertEquals("slurmstepd-pi01: error: *** JOB 2 ON pi01 CANCELLED AT 2026-01-01T09:01:10 ***\n",
                vc.readFile("slurm-2.out"));
    }

    @Test
    void moreOptionErrorsReadAsOnTheTestbed() {
        VirtualCluster vc = cluster();
        CommandResult cpus = vc.run("sbatch -c 0 --wrap true");
        assertEquals("sbatch: error: Invalid numeric value \"0\" for --cpus-per-task.\n", cpus.stderr());
        assertEquals(1, cpus.exitCode());
        CommandResult mem = vc.run("sbatch --mem=abc --wrap true");
        assertEquals("sbatch: error: Invalid --mem specification\n", mem.stderr());
        assertEquals(255, mem.exitCode());
        CommandResult begin = vc.run("sbatch --begin=soon --wrap true");
        assertEquals("Invalid time specification (pos=0): soon\nsbatch: error: Invalid --begin specification\n",
                begin.stderr());
        assertEquals(255, begin.exitCode());
    }

    @Test
    void moreNodesThanThePartitionHasPendsWithoutEnforcePartLimits() {
        VirtualCluster vc = cluster();
        assertEquals("Submitted batch job 1\n", vc.run("sbatch -N 5 --wrap true").stdout());
        vc.run("sleep 6");
        assertEquals("1 5 PartitionNodeLimit\n", vc.run("squeue -h -o \"%i %D %r\"").stdout());
    }

    @Test
    void aDependencyOnAnUnknownJobIsAcceptedAndHolds() {
        VirtualCluster vc = cluster();
        assertEquals("Submitted batch job 1\n", vc.run("sbatch -t 5 -d afterok:999 --wrap true").stdout());
        vc.run("sleep 6");
        assertEquals("", vc.run("squeue -h").stdout(), "it ran at once");
        assertTrue(vc.run("sacct -X -j 1 -o JobID,State").stdout().contains("1             COMPLETED \n"));
    }

    @Test
    void sacctByIdShowsTheArraysOwnRecordButNotTasksCancelledOnTheirOwn() {
        VirtualCluster vc = cluster();
        vc.run("sbatch -J arr --array=0-9%2 --wrap 'sleep 600'");
        vc.run("sleep 6");
        vc.run("scancel 1_[5-7]");
        vc.run("sleep 6");
        vc.run("scancel 1");
        assertEquals("JobID             State \n------------ ---------- \n"
                + "1_0          CANCELLED+ \n1_1          CANCELLED+ \n1_[2-4,8-9%+ CANCELLED+ \n",
                vc.run("sacct -X -j 1 -o JobID,State").stdout());
    }


    @Test
    void scancelOfAnUnknownJobIdSaysNothing() {
        CommandResult r = cluster().run("scancel 999");
        assertEquals("", r.stdout() + r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void showJobOfAnArrayPutsItsOwnRecordFirstThenTheNewestTask() {
        VirtualCluster vc = cluster();
        vc.run("sbatch -J arr --array=0-9%2 --wrap 'sleep 600'");
        vc.run("sleep 6");
        String out = vc.run("scontrol show job 1").stdout();
        java.util.List<String> heads = out.lines().filter(l -> l.startsWith("JobId=")).toList();
        assertEquals(java.util.List.of(
                "JobId=1 ArrayJobId=1 ArrayTaskId=2-9%2 ArrayTaskThrottle=2 JobName=arr",
                "JobId=3 ArrayJobId=1 ArrayTaskId=1 ArrayTaskThrottle=2 JobName=arr",
                "JobId=2 ArrayJobId=1 ArrayTaskId=0 ArrayTaskThrottle=2 JobName=arr"), heads);
        assertTrue(out.contains("   StdOut=/root/slurm-1_4294967294.out\n"), out);
        assertTrue(out.contains("EligibleTime=Unknown\n   AccrueTime=2026-01-01T09:00:00\n"), out);
    }

}
