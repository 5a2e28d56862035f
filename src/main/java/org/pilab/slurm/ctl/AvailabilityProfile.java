package org.pilab.slurm.ctl;

import java.util.Arrays;
import java.util.List;

/**
 * Backfill's view of the future: free cores and memory per node over time, built from running
 * jobs' expected ends (start + time limit, rounded up to bf_resolution) and lowered by every
 * reservation the pass makes. A job may start now only if it fits for its whole time limit,
 * which is exactly "does not delay any reservation made before it". A cluster-wide total of free
 * cores per breakpoint rules out most candidate start times before any node is looked at.
 */
final class AvailabilityProfile {

    /** Running jobs are numbered in 20 bits when packed with their end time (epoch seconds < 2^43). */
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private long now;
    private final int resolution;
    private final NodeTimeline[] nodes;
    /** Breakpoints (sorted) and the cluster's free cores from each until the next. */
    private long[] times = new long[16];
    private long[] totals = new long[16];
    private int size;

    AvailabilityProfile(int resolution, int nodeCount) {
        this.resolution = Math.max(1, resolution);
        this.nodes = new NodeTimeline[nodeCount];
        for (int n = 0; n < nodeCount; n++) {
            nodes[n] = new NodeTimeline(0, 0, 0);
        }
    }

    /** Rebuilds the profile for a pass at {@code now}: what is free, and when running jobs end. */
    AvailabilityProfile reset(long now, int[] freeCpu, long[] freeMemNow, List<Job> running) {
        this.now = now;
        long total = 0;
        for (int n = 0; n < freeCpu.length; n++) {
            nodes[n].reset(now, freeCpu[n], freeMemNow[n]);
            total += freeCpu[n];
        }
        times[0] = now;
        totals[0] = total;
        size = 1;
        // Each release packed as (end time << 20 | index) so a primitive sort orders them by time.
        if (running.size() > INDEX_MASK) {
            throw new IllegalStateException("more running jobs than the backfill profile can index: " + running.size());
        }
        long[] releases = new long[running.size()];
        int count = 0;
        for (int r = 0; r < running.size(); r++) {
            Job j = running.get(r);
            if (j.timeLimitMin == SlurmTimes.INFINITE) {
                continue; // never expected to end: its cores stay busy across the whole window
            }
            releases[count++] = (round(j.startTime + j.timeLimitMin * 60) << INDEX_BITS) | r;
        }
        Arrays.sort(releases, 0, count);
        for (int i = 0; i < count; i++) {
            Job j = running.get((int) (releases[i] & INDEX_MASK));
            long at = releases[i] >>> INDEX_BITS;
            long cores = 0;
            for (int k = 0; k < j.allocNodes.length; k++) {
                nodes[j.allocNodes[k]].releaseFrom(at, j.allocCores[k], j.allocMem[k]);
                cores += j.allocCores[k];
            }
            int b = breakpoint(at);
            for (int k = b; k < size; k++) {
                totals[k] += cores;
            }
        }
        return this;
    }

    /** Rounds a time up to a multiple of bf_resolution on the clock, as backfill.c does. */
    private long round(long t) {
        long r = ((t + resolution - 1) / resolution) * resolution;
        return r <= now ? now + resolution : r; // overran its estimate: assume it ends soon
    }

    /** Index of the breakpoint at time t, inserting one (same total as before it) if needed. */
    private int breakpoint(long t) {
        int i = Arrays.binarySearch(times, 0, size, t);
        if (i >= 0) {
            return i;
        }
        int at = -i - 1;
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            totals = Arrays.copyOf(totals, size * 2);
        }
        System.arraycopy(times, at, times, at + 1, size - at);
        System.arraycopy(totals, at, totals, at + 1, size - at);
        times[at] = t;
        totals[at] = totals[at - 1];
        size++;
        return at;
    }

    /** A planned start: when, and on which nodes. */
    record Slot(long start, Allocation allocation) {
    }

    /**
     * The earliest start within {@code horizon} where the job fits for {@code duration} seconds,
     * or null if none.
     */
    Slot earliest(Job job, long duration, long horizon, int[] candidates, boolean[] usable,
            ResourceSelector selector, int nodeCount, boolean memoryTracked) {
        int need = job.requestedCpus();
        int[] minFree = new int[nodeCount];
        long[] minMem = new long[nodeCount];
        int b = 0;
        while (b < size) {
            long start = times[b];
            if (start > horizon) {
                return null;
            }
            long end = start + duration;
            int failed = -1;
            for (int e = b; e < size && times[e] < end; e++) {
                if (totals[e] < need) {
                    failed = e;
                    break;
                }
            }
            if (failed >= 0) {
                // Every window that contains the short breakpoint fails too: jump past it.
                b = failed + 1;
                continue;
            }
            long tasksThatFit = 0;
            for (int n : candidates) {
                if (b == 0 && nodes[n].freeNow() == 0) {
                    minFree[n] = 0; // busy now, so busy somewhere in any window starting now
                    minMem[n] = 0;
                } else {
                    nodes[n].minima(start, end, n, minFree, minMem, memoryTracked);
                    if (usable[n]) {
                        tasksThatFit += minFree[n] / job.cpusPerTask;
                    }
                }
            }
            // Cores that stay free on each node for the whole window must hold every task.
            Allocation a = tasksThatFit < job.ntasks ? null : selector.select(job, candidates, minFree, minMem, usable);
            if (a != null) {
                return new Slot(start, a);
            }
            b++;
        }
        return null;
    }

    /** Takes the allocation's resources from {@code start} for {@code duration} seconds. */
    void reserve(long start, long duration, Allocation a) {
        long endT = duration == Long.MAX_VALUE ? Long.MAX_VALUE : round(start + duration);
        int b = breakpoint(start);
        int e = endT == Long.MAX_VALUE ? size : breakpoint(endT);
        long cores = 0;
        for (int i = 0; i < a.nodes().length; i++) {
            nodes[a.nodes()[i]].take(start, endT, a.cores()[i], a.mem()[i]);
            cores += a.cores()[i];
        }
        for (int k = b; k < e; k++) {
            totals[k] -= cores;
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
        for (int e = 0; e < size && times[e] < end; e++) {
            if (totals[e] < need) {
                return false;
            }
        }
        // The node test earliest() makes before selecting: tasks that fit for the whole window.
        long tasksThatFit = 0;
        for (int n : candidates) {
            if (usable[n] && nodes[n].freeNow() > 0) {
                tasksThatFit += nodes[n].minCpu(now, end) / job.cpusPerTask;
                if (tasksThatFit >= job.ntasks) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Cores free right now after the reservations made so far (an upper bound on what can start). */
    long freeNow() {
        return totals[0];
    }
}
