package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;

/**
 * Backfill's view of the future: free cores and memory per node at each breakpoint, built from
 * running jobs' expected ends (start + time limit, rounded up to bf_resolution) and lowered by
 * every reservation the pass makes. A job may start now only if it fits for its whole time limit,
 * which is exactly "does not delay any reservation made before it".
 */
final class AvailabilityProfile {

    private final long now;
    private final int resolution;
    private final List<Long> times = new ArrayList<>();
    private final List<int[]> free = new ArrayList<>();
    private final List<long[]> freeMem = new ArrayList<>();
    private final List<Long> totals = new ArrayList<>();

    AvailabilityProfile(long now, int resolution, int[] freeCpu, long[] freeMemNow, List<Job> running) {
        this.now = now;
        this.resolution = Math.max(1, resolution);
        times.add(now);
        free.add(freeCpu.clone());
        freeMem.add(freeMemNow.clone());
        totals.add(sum(freeCpu));
        // Releases sorted by time, then one cumulative row per distinct time: O(B x N + R log R).
        long[][] releases = new long[running.size()][];
        int count = 0;
        for (int r = 0; r < running.size(); r++) {
            Job j = running.get(r);
            if (j.timeLimitMin == SlurmTimes.INFINITE) {
                continue; // never expected to end: its cores stay busy across the whole window
            }
            releases[count++] = new long[] {round(j.startTime + j.timeLimitMin * 60), r};
        }
        Job[] byIndex = running.toArray(new Job[0]);
        java.util.Arrays.sort(releases, 0, count, (x, y) -> Long.compare(x[0], y[0]));
        int i = 0;
        while (i < count) {
            long t = releases[i][0];
            int[] row = free.get(free.size() - 1).clone();
            long[] mrow = freeMem.get(freeMem.size() - 1).clone();
            long total = totals.get(totals.size() - 1);
            while (i < count && releases[i][0] == t) {
                Job j = byIndex[(int) releases[i][1]];
                for (int k = 0; k < j.allocNodes.length; k++) {
                    row[j.allocNodes[k]] += j.allocCores[k];
                    mrow[j.allocNodes[k]] += j.allocMem[k];
                    total += j.allocCores[k];
                }
                i++;
            }
            times.add(t);
            free.add(row);
            freeMem.add(mrow);
            totals.add(total);
        }
    }

    /** Rounds a time up to a multiple of bf_resolution on the clock, as backfill.c does. */
    private long round(long t) {
        long r = ((t + resolution - 1) / resolution) * resolution;
        return r <= now ? now + resolution : r; // overran its estimate: assume it ends soon
    }

    private static long sum(int[] a) {
        long s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }

    /** Index of the breakpoint at time t, inserting a copy of the preceding row if needed. */
    private int breakpoint(long t) {
        int lo = 0;
        int hi = times.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < times.size() && times.get(lo) == t) {
            return lo;
        }
        times.add(lo, t);
        free.add(lo, free.get(lo - 1).clone());
        freeMem.add(lo, freeMem.get(lo - 1).clone());
        totals.add(lo, totals.get(lo - 1));
        return lo;
    }

    /** A planned start: when, and on which nodes. */
    record Slot(long start, Allocation allocation) {
    }

    /**
     * The earliest start within {@code horizon} where the job fits for {@code duration} seconds,
     * or null if none.
     */
    Slot earliest(Job job, long duration, long horizon, int[] candidates, boolean[] usable,
            ResourceSelector selector, int nodeCount) {
        int need = job.requestedCpus();
        int[] minFree = new int[nodeCount];
        long[] minMem = new long[nodeCount];
        int b = 0;
        while (b < times.size()) {
            long start = times.get(b);
            if (start > horizon) {
                return null;
            }
            long end = start + duration;
            int e = b;
            int failed = -1;
            while (e < times.size() && times.get(e) < end) {
                if (totals.get(e) < need) {
                    failed = e;
                    break;
                }
                e++;
            }
            if (failed >= 0) {
                // Every window that contains the short breakpoint fails too: jump past it.
                b = failed + 1;
                continue;
            }
            System.arraycopy(free.get(b), 0, minFree, 0, nodeCount);
            System.arraycopy(freeMem.get(b), 0, minMem, 0, nodeCount);
            for (int k = b + 1; k < e; k++) {
                int[] row = free.get(k);
                long[] mrow = freeMem.get(k);
                for (int n : candidates) {
                    if (row[n] < minFree[n]) {
                        minFree[n] = row[n];
                    }
                    if (mrow[n] < minMem[n]) {
                        minMem[n] = mrow[n];
                    }
                }
            }
            Allocation a = selector.select(job, candidates, minFree, minMem, usable);
            if (a != null) {
                return new Slot(start, a);
            }
            b++;
        }
        return null;
    }

    /** Cores free right now after the reservations made so far (an upper bound on what can start). */
    long freeNow() {
        return totals.get(0);
    }

    /** Takes the allocation's resources from {@code start} for {@code duration} seconds. */
    void reserve(long start, long duration, Allocation a) {
        int b = breakpoint(start);
        long endT = duration == Long.MAX_VALUE ? Long.MAX_VALUE : round(start + duration);
        int e = endT == Long.MAX_VALUE ? times.size() : breakpoint(endT);
        for (int k = b; k < e; k++) {
            int[] row = free.get(k);
            long[] mrow = freeMem.get(k);
            long sub = 0;
            for (int i = 0; i < a.nodes().length; i++) {
                row[a.nodes()[i]] -= a.cores()[i];
                mrow[a.nodes()[i]] -= a.mem()[i];
                sub += a.cores()[i];
            }
            totals.set(k, totals.get(k) - sub);
        }
    }
}
