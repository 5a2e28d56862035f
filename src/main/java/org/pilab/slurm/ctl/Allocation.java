package org.pilab.slurm.ctl;

/** Where a job runs: node indices with the cores, memory (MB) and tasks placed on each. */
record Allocation(int[] nodes, int[] cores, long[] mem, int[] tasks) {
}
