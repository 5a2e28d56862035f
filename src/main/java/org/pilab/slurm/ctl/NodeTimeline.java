package org.pilab.slurm.ctl;

import java.util.Arrays;

/**
 * One node's free cores and memory over future time as a step function: value {@code cpu[k]}
 * holds from {@code t[k]} until {@code t[k+1]} (the last step forever). Few steps per node (its
 * running jobs' ends and backfill's reservations), so a window's minimum is a short scan.
 */
final class NodeTimeline {

    private long[] t = new long[4];
    private int[] cpu = new int[4];
    private long[] mem = new long[4];
    private int size;
    /** Where {@link #stepAt} ended last: only a hint for the next search, checked before use. */
    private int lastStep;

    NodeTimeline(long now, int freeCpu, long freeMem) {
        reset(now, freeCpu, freeMem);
    }

    /** Starts over from "now" (arrays are kept: backfill rebuilds the profile every pass). */
    void reset(long now, int freeCpu, long freeMem) {
        t[0] = now;
        cpu[0] = freeCpu;
        mem[0] = freeMem;
        size = 1;
    }

    /** Adds {@code dc} cores and {@code dm} MB from time {@code from} onwards (a job ending then). */
    void releaseFrom(long from, int dc, long dm) {
        int k = split(from);
        for (int i = k; i < size; i++) {
            cpu[i] += dc;
            mem[i] += dm;
        }
    }

    /** Takes cores and memory over [from, to) (to = Long.MAX_VALUE for ever). */
    void take(long from, long to, int dc, long dm) {
        int a = split(from);
        int b = to == Long.MAX_VALUE ? size : split(to);
        for (int i = a; i < b; i++) {
            cpu[i] -= dc;
            mem[i] -= dm;
        }
    }

    /** Free cores at the profile's start (now). */
    int freeNow() {
        return cpu[0];
    }

    /** Minimum free cores over [from, to). */
    int minCpu(long from, long to) {
        int k = stepAt(from);
        int m = cpu[k];
        for (int i = k + 1; i < size && t[i] < to; i++) {
            m = Math.min(m, cpu[i]);
        }
        return m;
    }

    /**
     * Minimum free cores over [from, to), written to {@code cpuOut[n]}, and (when
     * {@code withMemory}) the minimum free memory to {@code memOut[n]}: one search, one scan.
     */
    void minima(long from, long to, int n, int[] cpuOut, long[] memOut, boolean withMemory) {
        int k = stepAt(from);
        int c = cpu[k];
        long m = mem[k];
        for (int i = k + 1; i < size && t[i] < to; i++) {
            if (cpu[i] < c) {
                c = cpu[i];
            }
            if (mem[i] < m) {
                m = mem[i];
            }
        }
        cpuOut[n] = c;
        memOut[n] = withMemory ? m : Long.MAX_VALUE;
    }

    /** Minimum free memory over [from, to). */
    long minMem(long from, long to) {
        int k = stepAt(from);
        long m = mem[k];
        for (int i = k + 1; i < size && t[i] < to; i++) {
            m = Math.min(m, mem[i]);
        }
        return m;
    }

    /**
     * The step covering {@code time}: a linear scan, as a node has only a handful of steps. It
     * resumes from the step found last time when that one starts no later than {@code time}
     * (the array is sorted, so scanning on from any such step finds the same answer): backfill
     * asks about ever later starts for one job, which makes each look-up a step or two.
     */
    private int stepAt(long time) {
        int i = lastStep < size && t[lastStep] <= time ? lastStep + 1 : 1;
        while (i < size && t[i] <= time) {
            i++;
        }
        lastStep = i - 1;
        return lastStep;
    }

    /** Index of a step starting exactly at {@code time}, splitting the step that covers it. */
    private int split(long time) {
        int i = Arrays.binarySearch(t, 0, size, time);
        if (i >= 0) {
            return i;
        }
        int at = -i - 1;
        if (size == t.length) {
            t = Arrays.copyOf(t, size * 2);
            cpu = Arrays.copyOf(cpu, size * 2);
            mem = Arrays.copyOf(mem, size * 2);
        }
        System.arraycopy(t, at, t, at + 1, size - at);
        System.arraycopy(cpu, at, cpu, at + 1, size - at);
        System.arraycopy(mem, at, mem, at + 1, size - at);
        t[at] = time;
        cpu[at] = cpu[at - 1];
        mem[at] = mem[at - 1];
        size++;
        return at;
    }
}
