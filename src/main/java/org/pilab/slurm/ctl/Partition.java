package org.pilab.slurm.ctl;

import java.util.List;

/** A partition: its configuration plus the indices of its nodes, in configuration order. */
public final class Partition {

    private final PartitionSpec spec;
    private final int[] nodeIndices;
    private final int totalCpus;
    String state;

    Partition(PartitionSpec spec, int[] nodeIndices, int totalCpus) {
        this.spec = spec;
        this.nodeIndices = nodeIndices.clone();
        this.totalCpus = totalCpus;
        this.state = spec.state();
    }

    public String name() {
        return spec.name();
    }

    public PartitionSpec spec() {
        return spec;
    }

    public boolean isDefault() {
        return spec.isDefault();
    }

    public List<String> nodeNames() {
        return spec.nodes();
    }

    public int[] nodeIndices() {
        return nodeIndices.clone();
    }

    int[] nodeIndicesShared() {
        return nodeIndices;
    }

    public int totalCpus() {
        return totalCpus;
    }

    public int totalNodes() {
        return nodeIndices.length;
    }

    /** UP, DOWN, DRAIN or INACTIVE. */
    public String state() {
        return state;
    }
}
