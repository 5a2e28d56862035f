package org.pilab.slurm.conf;

import java.util.List;

/**
 * One partition with PartitionName=DEFAULT values applied and its node list expanded (ALL =
 * every node, in config order). Times in minutes, INFINITE as
 * {@link org.pilab.slurm.time.SlurmDuration#INFINITE}; maxNodes likewise.
 *
 * @param defaultTimeMinutes null when not set (jobs then get MaxTime)
 * @param maxMemPerNode null when not set
 * @param defMemPerCpu null when not set (the global DefMemPerCPU then applies)
 */
public record PartitionConfig(String name, List<String> nodes, boolean isDefault,
        long maxTimeMinutes, Long defaultTimeMinutes, long maxNodes, int priorityTier,
        String overSubscribe, String state, Long maxMemPerNode, Long defMemPerCpu) {

    public PartitionConfig {
        nodes = List.copyOf(nodes);
    }
}
