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
        for (Job j : running) {
            if (j.timeLimitMin == SlurmTimes.INFINITE) {
                continue; // never expected to end: its cores stay busy across the whole window
            }
            long end = round(j.startTime + j.timeLimitMin * 60);
            int b = breakpoint(end);
            for (int k = b; k < times.size(); k++) {
                int[] row = free.get(k);
                long[] mrow = freeMem.get(k);
                long add = 0;
                for (int i = 0; i < j.allocNodes.length; i++) {
                    row[j.allocNodes[i]] += j.allocCores[i];
                    mrow[j.allocNodes[i]] += j.allocMem[i];
                    add += j.allocCores[i];
                }
                totals.set(k, totals.get(k) + add);
            }
        }
    }

    private long round(long t) {
        if (t <= now) {
            return now + resolution; // overran its estimate: assume it ends soon
        }
        long off = t - now;
        return now + ((off + resolution - 1) / resolution) * resolution;
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
        for (int b = 0; b < times.size(); b++) {
            long start = times.get(b);
            if (start > horizon) {
                return null;
            }
            long end = start + duration;
            boolean aggregateOk = true;
            int e = b;
            while (e < times.size() && times.get(e) < end) {
                if (totals.get(e) < need) {
                    aggregateOk = false;
                    break;
                }
                e++;
            }
            if (!aggregateOk) {
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
        }
        return null;
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
