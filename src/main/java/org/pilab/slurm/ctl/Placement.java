package org.pilab.slurm.ctl;

import java.util.Arrays;

/**
 * A node choice being worked on: nodes with the tasks and cores each gets (memory stays 0, as
 * only cores-only selections are built here). Reused for every backfill reservation, so a
 * planned start that is not now allocates no {@link Allocation}: a replay makes hundreds of
 * thousands of those and only starts the few that begin now.
 */
final class Placement {

    private int[] nodes = new int[8];
    private int[] tasks = new int[8];
    private int[] cores = new int[8];
    private long[] mem = new long[8];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int node, int taskCount, int coreCount, long memMb) {
        ensureCapacity(size + 1);
        nodes[size] = node;
        tasks[size] = taskCount;
        cores[size] = coreCount;
        mem[size] = memMb;
        size++;
    }

    /**
     * Replaces the content with {@code count} nodes taking {@code taskCounts[i]} tasks of
     * {@code perTask} cores each and no memory (a cores-only spread, copied in bulk).
     */
    void setSpread(int[] nodeIdx, int[] taskCounts, int count, int perTask) {
        ensureCapacity(count);
        System.arraycopy(nodeIdx, 0, nodes, 0, count);
        System.arraycopy(taskCounts, 0, tasks, 0, count);
        for (int i = 0; i < count; i++) {
            cores[i] = taskCounts[i] * perTask;
        }
        Arrays.fill(mem, 0, count, 0L);
        size = count;
    }

    private void ensureCapacity(int wanted) {
        if (wanted > nodes.length) {
            int cap = Math.max(wanted, nodes.length * 2);
            nodes = Arrays.copyOf(nodes, cap);
            tasks = Arrays.copyOf(tasks, cap);
            cores = Arrays.copyOf(cores, cap);
            mem = Arrays.copyOf(mem, cap);
        }
    }

    /** Replaces the content with {@code a}. */
    void set(Allocation a) {
        clear();
        for (int i = 0; i < a.nodes().length; i++) {
            add(a.nodes()[i], a.tasks()[i], a.cores()[i], a.mem()[i]);
        }
    }

    int size() {
        return size;
    }

    int node(int i) {
        return nodes[i];
    }

    int cores(int i) {
        return cores[i];
    }

    long mem(int i) {
        return mem[i];
    }

    /** The chosen nodes, as a new array. */
    int[] nodes() {
        return Arrays.copyOf(nodes, size);
    }

    Allocation toAllocation() {
        return new Allocation(Arrays.copyOf(nodes, size), Arrays.copyOf(cores, size), Arrays.copyOf(mem, size),
                Arrays.copyOf(tasks, size));
    }
}
