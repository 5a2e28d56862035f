package org.pilab.slurm.ctl;

import java.util.Arrays;

/**
 * select/cons_tres by cores and memory: picks nodes for a job from per-node free cores and
 * memory. Works on plain arrays so the same code serves the live cluster and the backfill
 * profile (where "free" is the minimum over a future interval).
 */
final class ResourceSelector {

    private final Node[] nodes;
    private final SchedulerSettings settings;

    /** Scratch per candidate, reused by every selection (the controller is single-threaded). */
    private int[] cap = new int[0];
    private int[] spread = new int[0];
    private final Placement placement = new Placement();
    /** No node has more cores than this: bounds the tasks any one node can take. */
    private final int maxNodeCpus;

    ResourceSelector(Node[] nodes, SchedulerSettings settings) {
        this.nodes = nodes;
        this.settings = settings;
        int max = 0;
        for (Node n : nodes) {
            max = Math.max(max, n.cpus());
        }
        this.maxNodeCpus = max;
    }

    /** Memory (MB) the job takes on node {@code n} when given {@code cores} cores there. */
    long memoryFor(Job job, int n, int cores) {
        if (!settings.memoryTracked()) {
            return 0;
        }
        long real = nodes[n].realMemory();
        if (job.exclusive) {
            return real;
        }
        if (job.memPerNodeMb == 0) {
            return real; // --mem=0 asks for all of the node's memory
        }
        if (job.memPerNodeMb > 0) {
            return job.memPerNodeMb;
        }
        if (job.memPerCpuMb > 0) {
            return job.memPerCpuMb * cores;
        }
        if (settings.defMemPerCpu() > 0) {
            return settings.defMemPerCpu() * cores;
        }
        return real; // CR_Core_Memory without DefMemPerCPU: the job takes the whole node
    }

    /** How many of the job's tasks fit on node {@code n} given its free cores and memory. */
    private int taskCapacity(Job job, int n, int freeCpu, long freeMem) {
        Node node = nodes[n];
        if (job.exclusive) {
            return freeCpu == node.cpus() && (!settings.memoryTracked() || freeMem >= node.realMemory())
                    ? node.cpus() / job.cpusPerTask : 0;
        }
        int byCpu = freeCpu / job.cpusPerTask;
        if (byCpu == 0 || !settings.memoryTracked()) {
            return byCpu;
        }
        if (job.memPerNodeMb > 0 || job.memPerNodeMb == 0) {
            return freeMem >= memoryFor(job, n, job.cpusPerTask) ? byCpu : 0;
        }
        long perTask = memoryFor(job, n, job.cpusPerTask);
        if (perTask <= 0) {
            return byCpu;
        }
        if (job.memPerCpuMb <= 0 && settings.defMemPerCpu() <= 0) {
            return freeMem >= perTask ? byCpu : 0;
        }
        return (int) Math.min(byCpu, freeMem / perTask);
    }

    /**
     * Chooses an allocation from {@code candidates} or returns null when the job does not fit.
     *
     * @param usable per-node flag: may new work go there
     */
    Allocation select(Job job, int[] candidates, int[] freeCpu, long[] freeMem, boolean[] usable) {
        if (coresOnly(job)) {
            return placeByCores(job, candidates, freeCpu, usable, placement) ? placement.toAllocation() : null;
        }
        return selectAny(job, candidates, freeCpu, freeMem, usable);
    }

    /** Whether {@link #select} would find nodes for the job (without building the allocation). */
    boolean fits(Job job, int[] candidates, int[] freeCpu, long[] freeMem, boolean[] usable) {
        return place(job, candidates, freeCpu, freeMem, usable, placement);
    }

    /**
     * {@link #select} into {@code out} (the same choice): false, and {@code out} undefined, when
     * the job does not fit. A cores-only job's choice is made without allocating.
     */
    boolean place(Job job, int[] candidates, int[] freeCpu, long[] freeMem, boolean[] usable, Placement out) {
        if (coresOnly(job)) {
            return placeByCores(job, candidates, freeCpu, usable, out);
        }
        Allocation a = selectAny(job, candidates, freeCpu, freeMem, usable);
        if (a == null) {
            return false;
        }
        out.set(a);
        return true;
    }

    /** Only cores limit where the job goes: not exclusive, no memory tracking, no node list or count. */
    private boolean coresOnly(Job job) {
        return !job.exclusive && !settings.memoryTracked() && job.requiredNodes == null && job.reqNodes <= 0;
    }

    private Allocation selectAny(Job job, int[] candidates, int[] freeCpu, long[] freeMem, boolean[] usable) {
        int count = candidates.length;
        int[] cap = scratch(count);
        int fitting = 0;
        long totalCap = 0;
        int need = job.ntasks;
        // Best fit on one node (the fullest node that still takes every task) keeps idle nodes
        // whole for larger jobs, as cons_tres prefers; found in the same sweep as the capacities.
        int best = -1;
        for (int i = 0; i < count; i++) {
            int n = candidates[i];
            int c = 0;
            if (usable[n] && freeCpu[n] > 0 && (job.requiredNodes == null || job.requiredNodes.get(n))) {
                c = taskCapacity(job, n, freeCpu[n], freeMem[n]);
                if (c > 0) {
                    fitting++;
                    totalCap += c;
                    if (c >= need && (best < 0 || freeCpu[n] < freeCpu[candidates[best]])) {
                        best = i;
                    }
                }
            }
            cap[i] = c;
        }
        if (totalCap < need) {
            return null;
        }
        if (job.reqNodes > 0) {
            return fixedNodeCount(job, candidates, Arrays.copyOf(cap, count), fitting);
        }
        if (best >= 0) {
            return single(job, candidates[best], need);
        }
        int[] tasks = new int[count];
        int left = need;
        for (int i = 0; i < count && left > 0; i++) {
            int take = Math.min(cap[i], left);
            tasks[i] = take;
            left -= take;
        }
        return build(job, candidates, tasks);
    }

    /**
     * {@link #select} for the common job that only cores limit ({@link #coresOnly}): the same
     * choice, the best fit on one node or else the first nodes in order, made in one sweep that
     * stops as soon as the choice is certain and collects the spread's nodes as it goes.
     * Backfill makes hundreds of thousands of these.
     */
    private boolean placeByCores(Job job, int[] candidates, int[] freeCpu, boolean[] usable, Placement out) {
        int need = job.ntasks;
        int perTask = job.cpusPerTask;
        // No node has cores for every task: only the spread is possible, and it needs only the
        // first nodes that together hold every task.
        boolean spreadOnly = need > maxNodeCpus / perTask;
        int exactFit = need * perTask; // the fullest node that can take the job: nothing beats it
        int[] spreadNodes = scratch(candidates.length);
        int[] spreadTasks = scratch2(candidates.length);
        int used = 0;
        int placed = 0;
        int best = -1;
        int bestFree = 0;
        for (int n : candidates) {
            int free = freeCpu[n];
            if (free <= 0 || !usable[n]) {
                continue;
            }
            int c = perTask == 1 ? free : free / perTask;
            if (c <= 0) {
                continue;
            }
            if (placed < need) {
                int take = Math.min(c, need - placed);
                spreadNodes[used] = n;
                spreadTasks[used] = take;
                used++;
                placed += take;
                if (spreadOnly && placed == need) {
                    break;
                }
            }
            if (c >= need && (best < 0 || free < bestFree)) {
                best = n;
                bestFree = free;
                if (free == exactFit) {
                    break;
                }
            }
        }
        out.clear();
        if (best >= 0) {
            out.add(best, need, need * perTask, 0); // memory is not tracked: 0 MB
            return true;
        }
        if (placed < need) {
            return false;
        }
        out.setSpread(spreadNodes, spreadTasks, used, perTask);
        return true;
    }

    private int[] scratch(int size) {
        if (cap.length < size) {
            cap = new int[size];
        }
        return cap;
    }

    private int[] scratch2(int size) {
        if (spread.length < size) {
            spread = new int[size];
        }
        return spread;
    }

    /** All tasks on one node. */
    private Allocation single(Job job, int n, int tasks) {
        int cores = job.exclusive ? nodes[n].cpus() : tasks * job.cpusPerTask;
        return new Allocation(new int[] {n}, new int[] {cores}, new long[] {memoryFor(job, n, cores)},
                new int[] {tasks});
    }

    private Allocation fixedNodeCount(Job job, int[] candidates, int[] cap, int fitting) {
        int want = job.reqNodes;
        if (fitting < want) {
            return null;
        }
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int[] chosen = new int[want];
        int k = 0;
        long sum = 0;
        for (int i = 0; i < candidates.length && k < want; i++) {
            if (cap[i] > 0) {
                chosen[k++] = i;
                sum += cap[i];
            }
        }
        if (sum < job.ntasks) {
            // The first nodes in order are too small together: take the roomiest ones instead.
            Arrays.sort(order, (a, b) -> Integer.compare(cap[b], cap[a]));
            sum = 0;
            for (int i = 0; i < want; i++) {
                chosen[i] = order[i];
                sum += cap[order[i]];
            }
            if (sum < job.ntasks) {
                return null;
            }
            Arrays.sort(chosen);
        }
        int[] tasks = new int[candidates.length];
        int left = job.ntasks;
        // Every node gets one task, then the rest go round-robin so the load is even.
        while (left > 0) {
            boolean placed = false;
            for (int i = 0; i < want && left > 0; i++) {
                int c = chosen[i];
                if (tasks[c] < cap[c]) {
                    tasks[c]++;
                    left--;
                    placed = true;
                }
            }
            if (!placed) {
                return null;
            }
        }
        return build(job, candidates, tasks);
    }

    private Allocation build(Job job, int[] candidates, int[] tasks) {
        int used = 0;
        for (int t : tasks) {
            if (t > 0) {
                used++;
            }
        }
        int[] nodeIdx = new int[used];
        int[] cores = new int[used];
        long[] mem = new long[used];
        int[] tpn = new int[used];
        int k = 0;
        for (int i = 0; i < tasks.length; i++) {
            if (tasks[i] > 0) {
                int n = candidates[i];
                nodeIdx[k] = n;
                cores[k] = job.exclusive ? nodes[n].cpus() : tasks[i] * job.cpusPerTask;
                mem[k] = memoryFor(job, n, cores[k]);
                tpn[k] = tasks[i];
                k++;
            }
        }
        return new Allocation(nodeIdx, cores, mem, tpn);
    }
}
