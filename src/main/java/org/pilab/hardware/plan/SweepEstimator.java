package org.pilab.hardware.plan;

/**
 * Estimates a sweep's wall time. Each variant is one array task on one core; SLURM fills every
 * free slot, so the sweep runs in waves of {@code slots} tasks and the last wave sets the end.
 * Before the first wave every node reads the dataset, all through the one link the data comes
 * from (the NFS server's port, or the shared Wi-Fi channel), so staging time grows with nodes.
 */
public final class SweepEstimator {

    private SweepEstimator() {
    }

    public static SweepEstimate estimate(SweepWorkload work, LaptopSpeed laptop, NodeCapacity node, int nodes,
            int laptopCores) {
        if (nodes < 1 || laptopCores < 1) {
            throw new IllegalArgumentException("nodes and laptop cores must be at least 1, got " + nodes + " and "
                    + laptopCores);
        }
        int jobsPerNode = node.jobsPerNode();
        int slots = Math.multiplyExact(nodes, jobsPerNode);
        long waves = ceilDiv(work.variants(), slots);
        double laptopPerVariant = laptop.secondsFor(work.assetDaysPerVariant());
        double piPerVariant = node.secondsFor(laptopPerVariant);
        double megabits = work.datasetMegabytes() * 8.0;
        double staging = nodes * megabits / node.linkMbps();
        double cluster = staging + waves * piPerVariant;
        double laptopTotal = ceilDiv(work.variants(), laptopCores) * laptopPerVariant;
        return new SweepEstimate(work.variants(), slots, jobsPerNode, waves, laptopPerVariant, piPerVariant,
                staging, cluster, laptopCores, laptopTotal, laptop.source());
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
