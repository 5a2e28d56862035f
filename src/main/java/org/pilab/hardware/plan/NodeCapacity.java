package org.pilab.hardware.plan;

/**
 * What one node of the planned cluster can do for a sweep, once model, cooling and network are
 * chosen.
 *
 * @param slowdown      Pi time per job over laptop-core time per job at full clock (the model's factor)
 * @param speedFraction the share of full clock the node keeps under sustained load (1 = no throttling)
 * @param cores         CPU cores
 * @param ramMb         memory, in megabytes
 * @param linkMbps      throughput of the node's link for staging data, in megabits per second
 */
public record NodeCapacity(double slowdown, double speedFraction, int cores, int ramMb, double linkMbps) {

    /**
     * Memory set aside per concurrent job (estimate): a 128 MB heap plus the JVM's own memory,
     * rounded up to leave room for larger universes; the same figure the guide suggests for
     * SLURM's DefMemPerCPU.
     */
    public static final int JOB_SLOT_MB = 900;

    /** Memory for the OS, slurmd and munge (estimate). */
    public static final int SYSTEM_RESERVE_MB = 200;

    public NodeCapacity {
        if (!(slowdown > 0) || !(speedFraction > 0) || speedFraction > 1 || cores < 1 || ramMb < 1
                || !(linkMbps > 0)) {
            throw new IllegalArgumentException("node capacity out of range: slowdown " + slowdown + ", speed "
                    + speedFraction + ", cores " + cores + ", RAM " + ramMb + " MB, link " + linkMbps + " Mb/s");
        }
    }

    /**
     * Jobs that run side by side on one node: one per core, but only as many as fit in memory,
     * and always at least one (a 1 GB board runs single jobs).
     */
    public int jobsPerNode() {
        int byMemory = (ramMb - SYSTEM_RESERVE_MB) / JOB_SLOT_MB;
        return Math.max(1, Math.min(cores, byMemory));
    }

    /** Seconds on this node for a job that takes {@code laptopSeconds} on one laptop core. */
    public double secondsFor(double laptopSeconds) {
        return laptopSeconds * slowdown / speedFraction;
    }
}
