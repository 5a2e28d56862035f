package org.pilab.slurm.ctl;

import java.util.List;
import java.util.Map;

/**
 * Everything the controller takes from slurm.conf: cluster name, nodes, partitions, scheduling
 * settings, and the raw key/value pairs (for {@code scontrol show config}).
 */
public record ClusterSpec(String clusterName, String controlMachine, List<NodeSpec> nodes,
        List<PartitionSpec> partitions, SchedulerSettings settings, Map<String, String> rawSettings) {

    public ClusterSpec {
        nodes = List.copyOf(nodes);
        partitions = List.copyOf(partitions);
        rawSettings = Map.copyOf(rawSettings);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("read_slurm_conf: no nodes configured.");
        }
    }
}
