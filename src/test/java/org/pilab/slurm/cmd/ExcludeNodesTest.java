package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code sbatch -x/--exclude}: the job never lands on the named nodes. */
class ExcludeNodesTest {

    @Test
    void excludedNodesGetNoTasks() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.as("pi", 1000, "/home/pi");
        vc.run("sbatch --exclude=pi[01-03] --array=0-5 --wrap='sleep 30'");
        vc.run("sleep 1");
        assertEquals("pi04\n", vc.run("squeue -h -t R -o %N").stdout().lines().distinct()
                .reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void excludeNarrowsANodelistAndUnknownNamesAreRefused() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.as("pi", 1000, "/home/pi");
        vc.run("sbatch -w pi[01-02] -x pi01 --wrap='sleep 30'");
        vc.run("sleep 1");
        assertEquals("pi02\n", vc.run("squeue -h -o %N").stdout());
        assertEquals("sbatch: error: Batch job submission failed: Invalid node name specified\n",
                vc.run("sbatch -x pi09 --wrap='sleep 30'").stderr());
    }
}
