package org.pilab.slurm.ctl;

import java.util.Arrays;
import java.util.List;

/**
 * Backfill's view of the future: free cores and memory per node over time, built from running
 * jobs' expected ends (start + time limit, rounded up to bf_resolution) and lowered by every
 * reservation the pass makes. A job may start now only if it fits for its whole time limit,
 * which is exactly "does not delay any reservation made before it". A cluster-wide total of free
 * cores per breakpoint rules out most candidate start times before any node is looked at.
 *
 * <p>Stored as one row of per-node free cores (and memory) per breakpoint, the breakpoints being
 * every time any node's free resources change. A window's per-node minimum is then an element-wise
 * minimum of a few whole rows: plain loops over int arrays that the JIT vectorises, where a
 * step function per node would mean a search and a branchy scan on every node. Rows are kept
 * between passes and reused, so a pass allocates nothing once the profile has grown.</p>
 */
final class AvailabilityProfile {

    /** Running jobs are numbered in 20 bits when packed with their end time (epoch seconds < 2^43). */
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private long now;
    private final int resolution;
    private final int nodeCount;
    /** Without memory tracking memory never limits a job: no memory rows are kept. */
    private final boolean memoryTracked;
    /** Breakpoints (sorted) and the cluster's free cores from each until the next. */
    private long[] times = new long[16];
    private long[] totals = new long[16];
    /** cpuRows[k][n]: node n's free cores from times[k] until times[k + 1] (the last row for ever). */
    private int[][] cpuRows = new int[16][];
    private long[][] memRows = new long[16][];
    private int size;
    /**
     * Some row holds negative free cores: a node reconfigured smaller than what its jobs use, or a
     * reservation whose rounded-up end reaches past the window it was checked for. Rare, but then
     * {@link #earliest} makes the per-node test the selection alone would not.
     */
    private boolean negativeFree;
    /** Nodes with free cores now (row 0), rebuilt when row 0 changed. */
    private final int[] freeNowNodes;
    private int freeNowSize;
    private boolean freeNowStale = true;
    private final int[] candidateCount;
    private int[] countedCandidates;
    /** Scratch for one window's per-node minima, reused by every {@link #earliest} call. */
    private final int[] minFree;
    private final long[] minMem;
    private long[] releases = new long[16];

    AvailabilityProfile(int resolution, int nodeCount, boolean memoryTracked) {
        this.resolution = Math.max(1, resolution);
        this.nodeCount = nodeCount;
        this.memoryTracked = memoryTracked;
        this.minFree = new int[nodeCount];
        this.freeNowNodes = new int[nodeCount];
        this.candidateCount = new int[nodeCount];
        this.minMem = new long[nodeCount];
        if (!memoryTracked) {
            Arrays.fill(minMem, Long.MAX_VALUE);
        }
    }

    /** Rebuilds the profile for a pass at {@code now}: what is free, and when running jobs end. */
    AvailabilityProfile reset(long now, int[] freeCpu, long[] freeMemNow, List<Job> running) {
        this.now = now;
        size = 0;
        freeNowStale = true;
        int[] cpu0 = newRow(now);
        System.arraycopy(freeCpu, 0, cpu0, 0, nodeCount);
        if (memoryTracked) {
            System.arraycopy(freeMemNow, 0, memRows[0], 0, nodeCount);
        }
        long total = 0;
        negativeFree = false;
        for (int n = 0; n < nodeCount; n++) {
            total += freeCpu[n];
            negativeFree |= freeCpu[n] < 0;
        }
        totals[0] = total;
        // Each release packed as (end time << 20 | index) so a primitive sort orders them by time.
        if (running.size() > INDEX_MASK) {
            throw new IllegalStateException("more running jobs than the backfill profile can index: " + running.size());
        }
        if (releases.length < running.size()) {
            releases = new long[Math.max(running.size(), releases.length * 2)];
        }
        int count = 0;
        for (int r = 0; r < running.size(); r++) {
            Job j = running.get(r);
            if (j.timeLimitMin == SlurmTimes.INFINITE) {
                continue; // never expected to end: its cores stay busy across the whole window
            }
            releases[count++] = (round(j.startTime + j.timeLimitMin * 60) << INDEX_BITS) | r;
        }
        Arrays.sort(releases, 0, count);
        // One row per distinct end time holding first what is released then; a running sum down
        // the rows turns those deltas into free resources.
        for (int i = 0; i < count; i++) {
            Job j = running.get((int) (releases[i] & INDEX_MASK));
            long at = releases[i] >>> INDEX_BITS;
            if (times[size - 1] != at) {
                int[] delta = newRow(at);
                Arrays.fill(delta, 0);
                if (memoryTracked) {
                    Arrays.fill(memRows[size - 1], 0);
                }
                totals[size - 1] = 0;
            }
            int k = size - 1;
            int[] cpu = cpuRows[k];
            for (int a = 0; a < j.allocNodes.length; a++) {
                cpu[j.allocNodes[a]] += j.allocCores[a];
                totals[k] += j.allocCores[a];
            }
            if (memoryTracked) {
                long[] mem = memRows[k];
                for (int a = 0; a < j.allocNodes.length; a++) {
                    mem[j.allocNodes[a]] += j.allocMem[a];
                }
            }
        }
        for (int k = 1; k < size; k++) {
            int[] prev = cpuRows[k - 1];
            int[] cur = cpuRows[k];
            for (int n = 0; n < nodeCount; n++) {
                cur[n] += prev[n];
            }
            if (memoryTracked) {
                long[] prevMem = memRows[k - 1];
                long[] curMem = memRows[k];
                for (int n = 0; n < nodeCount; n++) {
                    curMem[n] += prevMem[n];
                }
            }
            totals[k] += totals[k - 1];
        }
        return this;
    }

    /** Appends a breakpoint at {@code t} (after every existing one); its row's content is stale. */
    private int[] newRow(long t) {
        grow();
        times[size] = t;
        size++;
        return cpuRows[size - 1];
    }

    /** Makes room for one more row, keeping the spare rows past {@code size} for reuse. */
    private void grow() {
        if (size == times.length) {
            int cap = size * 2;
            times = Arrays.copyOf(times, cap);
            totals = Arrays.copyOf(totals, cap);
            cpuRows = Arrays.copyOf(cpuRows, cap);
            memRows = Arrays.copyOf(memRows, cap);
        }
        if (cpuRows[size] == null) {
            cpuRows[size] = new int[nodeCount];
            if (memoryTracked) {
                memRows[size] = new long[nodeCount];
            }
        }
    }

    /** Rounds a time up to a multiple of bf_resolution on the clock, as backfill.c does. */
    private long round(long t) {
        long r = ((t + resolution - 1) / resolution) * resolution;
        return r <= now ? now + resolution : r; // overran its estimate: assume it ends soon
    }

    /** Index of the breakpoint at time t, inserting one (a copy of the row before it) if needed. */
    private int breakpoint(long t) {
        int i = Arrays.binarySearch(times, 0, size, t);
        if (i >= 0) {
            return i;
        }
        int at = -i - 1;
        grow();
        int[] spareCpu = cpuRows[size];
        long[] spareMem = memRows[size];
        System.arraycopy(times, at, times, at + 1, size - at);
        System.arraycopy(totals, at, totals, at + 1, size - at);
        System.arraycopy(cpuRows, at, cpuRows, at + 1, size - at);
        System.arraycopy(memRows, at, memRows, at + 1, size - at);
        times[at] = t;
        totals[at] = totals[at - 1];
        System.arraycopy(cpuRows[at - 1], 0, spareCpu, 0, nodeCount);
        cpuRows[at] = spareCpu;
        if (memoryTracked) {
            System.arraycopy(memRows[at - 1], 0, spareMem, 0, nodeCount);
        }
        memRows[at] = spareMem;
        size++;
        return at;
    }

    /** What {@link #earliest} returns when the job fits nowhere within the horizon. */
    static final long NO_SLOT = Long.MIN_VALUE;

    /**
     * The earliest start within {@code horizon} where the job fits for {@code duration} seconds,
     * with the nodes chosen for it in {@code out}; {@link #NO_SLOT} if none.
     */
    long earliest(Job job, long duration, long horizon, int[] candidates, boolean[] usable,
            ResourceSelector selector, Placement out) {
        int need = job.requestedCpus();
        int b = 0;
        while (b < size) {
            long start = times[b];
            if (start > horizon) {
                return NO_SLOT;
            }
            long end = start + duration;
            int e = b;
            while (e < size && times[e] < end && totals[e] >= need) {
                e++;
            }
            if (e < size && times[e] < end) {
                // Every window that contains the short breakpoint fails too: jump past it.
                b = e + 1;
                continue;
            }
            windowMinima(b, e);
            if (mayFitTasks(job, candidates, usable, b == 0)
                    && selector.place(job, candidates, minFree, minMem, usable, out)) {
                return start;
            }
            b++;
        }
        return NO_SLOT;
    }

    /**
     * Whether the cores that stay free on each node for the whole window can hold every task.
     * While no free-core count in the profile is negative the selection makes this test itself
     * (a node's task capacity never exceeds its free cores, and a node busy now has a minimum of
     * 0 in any window starting now), so it is made only when one is: then it also rules out
     * windows the selection alone would accept, and that must stay so.
     */
    private boolean mayFitTasks(Job job, int[] candidates, boolean[] usable, boolean startsNow) {
        if (!negativeFree) {
            return true;
        }
        long tasksThatFit = 0;
        int[] row0 = cpuRows[0];
        for (int n : candidates) {
            if (startsNow && row0[n] == 0) {
                minFree[n] = 0; // busy now, so busy somewhere in any window starting now
                if (memoryTracked) {
                    minMem[n] = 0;
                }
            } else if (usable[n]) {
                tasksThatFit += minFree[n] / job.cpusPerTask;
            }
        }
        return tasksThatFit >= job.ntasks;
    }

    /** Per-node minima over rows [from, to) into {@link #minFree} (and {@link #minMem}). */
    private void windowMinima(int from, int to) {
        int[] out = minFree;
        System.arraycopy(cpuRows[from], 0, out, 0, nodeCount);
        for (int k = from + 1; k < to; k++) {
            int[] row = cpuRows[k];
            for (int n = 0; n < nodeCount; n++) {
                // min(a, b) as b + ((a - b) & sign of (a - b)): branch-free, so the JIT vectorises
                // it (Math.min on ints it does not); core counts are far from overflowing.
                int d = out[n] - row[n];
                out[n] = row[n] + (d & (d >> 31));
            }
        }
        if (memoryTracked) {
            long[] outMem = minMem;
            System.arraycopy(memRows[from], 0, outMem, 0, nodeCount);
            for (int k = from + 1; k < to; k++) {
                long[] row = memRows[k];
                for (int n = 0; n < nodeCount; n++) {
                    long d = outMem[n] - row[n];
                    outMem[n] = row[n] + (d & (d >> 63));
                }
            }
        }
    }

    /** Takes the placement's resources from {@code start} for {@code duration} seconds. */
    void reserve(long start, long duration, Placement a) {
        long endT = duration == Long.MAX_VALUE ? Long.MAX_VALUE : round(start + duration);
        int b = breakpoint(start);
        int e = endT == Long.MAX_VALUE ? size : breakpoint(endT);
        int count = a.size();
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += a.cores(i);
        }
        for (int k = b; k < e; k++) {
            int[] row = cpuRows[k];
            for (int i = 0; i < count; i++) {
                int n = a.node(i);
                int left = row[n] - a.cores(i);
                row[n] = left;
                negativeFree |= left < 0;
            }
            if (memoryTracked) {
                long[] memRow = memRows[k];
                for (int i = 0; i < count; i++) {
                    memRow[a.node(i)] -= a.mem(i);
                }
            }
            totals[k] -= total;
        }
        if (b == 0) {
            freeNowStale = true;
        }
    }

    /**
     * Whether the job could still start now, fitting for {@code window} seconds: the cluster-wide
     * free cores must cover it at every breakpoint of the window, and the nodes' cores free for the
     * whole window must hold all its tasks. Necessary, not sufficient (the tests {@link #earliest}
     * makes at start = now before it selects nodes), and it stays false
     * once false, because reservations only ever lower the profile.
     */
    boolean mightStartNow(Job job, long window, int[] candidates, boolean[] usable) {
        long end = now + window;
        int need = job.requestedCpus();
        int e = 0;
        while (e < size && times[e] < end) {
            if (totals[e] < need) {
                return false;
            }
            e++;
        }
        // The node test earliest() makes before selecting: tasks that fit for the whole window.
        int[] row0 = cpuRows[0];
        long tasksThatFit = 0;
        if (negativeFree) {
            // A negative minimum lowers the sum: only the original order gives the same answer.
            for (int n : candidates) {
                if (usable[n] && row0[n] > 0) {
                    tasksThatFit += columnMin(n, e) / job.cpusPerTask;
                    if (tasksThatFit >= job.ntasks) {
                        return true;
                    }
                }
            }
            return false;
        }
        // Every term is >= 0, so the order does not matter: look only at the nodes free now, each
        // as often as it is a candidate.
        int[] counts = candidateCounts(candidates);
        for (int i = 0; i < freeNowCount(); i++) {
            int n = freeNowNodes[i];
            if (counts[n] > 0 && usable[n]) {
                tasksThatFit += (long) (columnMin(n, e) / job.cpusPerTask) * counts[n];
                if (tasksThatFit >= job.ntasks) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Node n's minimum free cores over rows [0, to). */
    private int columnMin(int n, int to) {
        int m = cpuRows[0][n];
        for (int k = 1; k < to; k++) {
            m = Math.min(m, cpuRows[k][n]);
        }
        return m;
    }

    /** How many nodes have free cores now, listing them in {@link #freeNowNodes} if that is stale. */
    private int freeNowCount() {
        if (freeNowStale) {
            int[] row0 = cpuRows[0];
            int c = 0;
            for (int n = 0; n < nodeCount; n++) {
                if (row0[n] > 0) {
                    freeNowNodes[c++] = n;
                }
            }
            freeNowSize = c;
            freeNowStale = false;
        }
        return freeNowSize;
    }

    /**
     * How many times each node appears in {@code candidates}. Cached by identity: the callers pass
     * a partition's shared node array, which a partition never changes.
     */
    private int[] candidateCounts(int[] candidates) {
        if (candidates != countedCandidates) {
            Arrays.fill(candidateCount, 0);
            for (int n : candidates) {
                candidateCount[n]++;
            }
            countedCandidates = candidates;
        }
        return candidateCount;
    }

    /** Cores free right now after the reservations made so far (an upper bound on what can start). */
    long freeNow() {
        return totals[0];
    }
}
