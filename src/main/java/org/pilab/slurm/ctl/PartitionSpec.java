package org.pilab.slurm.ctl;

import java.util.List;

/**
 * One configured partition. Times are minutes ({@link SlurmTimes#INFINITE} for none);
 * {@code maxNodes} of -1 means UNLIMITED.
 */
public record PartitionSpec(String name, List<String> nodes, boolean isDefault, long maxTimeMin,
        long defaultTimeMin, int maxNodes, int priorityTier, int priorityJobFactor, String overSubscribe,
        String state) {

    public PartitionSpec {
        nodes = List.copyOf(nodes);
    }

    /** A plain UP partition with no limits. */
    public static PartitionSpec simple(String name, List<String> nodes, boolean isDefault) {
        return new PartitionSpec(name, nodes, isDefault, SlurmTimes.INFINITE, SlurmTimes.INFINITE, -1, 1, 1, "NO", "UP");
    }
}
