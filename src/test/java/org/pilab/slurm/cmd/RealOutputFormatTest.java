package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Byte-exact comparisons with real SLURM 22.05 output quoted in the project's facts, rebuilt on
 * a cluster of the same shape (partition debug with node localhost; partition slurmpar with
 * node slurmnode1).
 */
class RealOutputFormatTest {

    @Test
    void sinfoDefaultMatchesRealOutput() {
        VirtualCluster vc = VirtualCluster.fromConfText("""
                ClusterName=c
                SlurmctldHost=localhost
                NodeName=localhost CPUs=1 RealMemory=1000
                PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
                """, 1);
        assertEquals("""
                PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST
                debug*       up   infinite      1   idle localhost
                """, vc.run("sinfo").stdout());
    }

    @Test
    void squeueDefaultMatchesRealOutput() {
        VirtualCluster vc = VirtualCluster.fromConfText("""
                ClusterName=c
                SlurmctldHost=slurmctl
                SelectType=select/cons_tres
                SelectTypeParameters=CR_Core_Memory
                DefMemPerCPU=100
                NodeName=slurmnode1 CPUs=2 RealMemory=1000
                PartitionName=slurmpar Nodes=slurmnode1 Default=YES MaxTime=INFINITE State=UP
                """, 1);
        vc.as("admin", 1000, "/home/admin");
        vc.run("sbatch --wrap true");
        vc.run("sbatch --wrap true");
        vc.run("sleep 10");
        vc.run("sbatch -J test --wrap 'sleep 60'");
        vc.run("sleep 3");
        assertEquals("""
                             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)
                                 3  slurmpar     test    admin  R       0:03      1 slurmnode1
                """, vc.run("squeue").stdout());
    }

    @Test
    void sbatchPrintsTheJobIdOrJustTheNumberWhenParsable() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        assertEquals("Submitted batch job 1\n", vc.run("sbatch --wrap true").stdout());
        assertEquals("2\n", vc.run("sbatch --parsable --wrap true").stdout());
    }

    @Test
    void missingPartitionIsRefusedInSlurmsWords() {
        CommandResult r = VirtualCluster.slurmReady(1).run("sbatch -p nosuch --wrap true");
        assertEquals(1, r.exitCode());
        assertEquals("sbatch: error: invalid partition specified: nosuch\n"
                + "sbatch: error: Batch job submission failed: Invalid partition name specified\n", r.stderr());
    }

    @Test
    void sacctHeaderHasTheDefaultFieldsAndDashes() {
        String out = VirtualCluster.slurmReady(1).run("sacct").stdout();
        assertEquals("JobID           JobName  Partition    Account  AllocCPUS      State ExitCode \n"
                + "------------ ---------- ---------- ---------- ---------- ---------- -------- \n", out);
    }

    @Test
    void sacctCutsLongValuesWithAPlus() {
        assertEquals("a-very-lo+ ", Columns.sacct("a-very-long-job-name", 10));
        assertEquals("COMPLETED  ", Columns.sacct("COMPLETED", -10));
        assertEquals("  COMPLETED ", Columns.sacct("COMPLETED", 11));
    }

    @Test
    void squeueColumnsCutRightJustifiedValuesToTheWidth() {
        assertEquals("averylon", Columns.field("averylongname", 8, true));
        assertEquals("    wrap", Columns.field("wrap", 8, true));
        assertEquals("idle  ", Columns.field("idle", 6, false));
        assertEquals("pi[01-04]", Columns.field("pi[01-04]", 0, false));
    }

    @Test
    void withoutAccountingStorageSacctSaysSo() {
        VirtualCluster vc = VirtualCluster.fromConfText("""
                ClusterName=c
                SlurmctldHost=pi01
                NodeName=pi01 CPUs=4 RealMemory=3800
                PartitionName=main Nodes=ALL Default=YES
                """, 1);
        CommandResult r = vc.run("sacct");
        assertEquals("Slurm accounting storage is disabled\n", r.stderr());
        assertEquals(1, r.exitCode());
    }
}
