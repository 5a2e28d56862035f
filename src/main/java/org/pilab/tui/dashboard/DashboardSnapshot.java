package org.pilab.tui.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * Everything one dashboard frame shows, filled by the caller from the cluster's state.
 *
 * @param virtualTime the cluster's clock as it should be shown, e.g. "2026-01-05T10:42:00"
 * @param clusterName ClusterName from slurm.conf
 * @param nodes one entry per node, in the order to show them
 * @param queue squeue's rows, in squeue's order
 * @param gantt recent and running jobs per node over a time window
 * @param totals the cluster-wide figures
 */
public record DashboardSnapshot(String virtualTime, String clusterName, List<NodeStatus> nodes,
        List<QueueRow> queue, GanttChart gantt, ClusterTotals totals) {

    public DashboardSnapshot {
        Objects.requireNonNull(virtualTime, "virtualTime");
        Objects.requireNonNull(clusterName, "clusterName");
        nodes = List.copyOf(nodes);
        queue = List.copyOf(queue);
        Objects.requireNonNull(gantt, "gantt");
        Objects.requireNonNull(totals, "totals");
    }
}
