package org.pilab.lessons.model;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code slurm_conf} check demands of the file's effective values, read the way slurmctld
 * reads them (keys ignore case, CPUs follow from the topology), so any spelling SLURM accepts passes.
 */
public sealed interface ConfRequirement {

    /** The global key is set (in any case: {@code clustername=} counts as {@code ClusterName=}). */
    record Setting(String key) implements ConfRequirement {
    }

    /** The primary controller (first SlurmctldHost, or ControlMachine) is this host. */
    record Controller(String host) implements ConfRequirement {
    }

    /**
     * Every listed node is defined, with {@code cpus} effective CPUs when given (an explicit
     * CPUs= or Boards x Sockets x Cores x Threads), and a RealMemory that is set and no more than
     * the node's {@code slurmd -C} reports.
     */
    record Nodes(List<String> nodes, Optional<Integer> cpus) implements ConfRequirement {
        public Nodes {
            nodes = List.copyOf(nodes);
        }
    }

    /** Some partition is Default=YES. */
    record DefaultPartition() implements ConfRequirement {
    }
}
