package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Backfill's profile against a plain model of the same future: a node's free cores at time t
 * are what is free now, plus the cores of running jobs that end by t, less the reservations
 * covering t. A job's earliest slot is the first change point where the cores that stay free on
 * each node for its whole limit can take it. Times here are whole minutes, so bf_resolution's
 * rounding (60 s) changes none of them.
 */
class AvailabilityProfileTest {

    private static final long NOW = 1_700_000_040L;

    private record Slot(long start, Allocation allocation) {
    }

    /** A reservation or a running job's cores on one node over [from, to). */
    private record Use(int node, int cores, long from, long to) {
    }

    @Test
    void earliestSlotsMatchAModelOfFreeCoresOverTime() {
        Random rnd = new Random(11);
        for (int round = 0; round < 400; round++) {
            int count = 2 + rnd.nextInt(8);
            Node[] nodes = new Node[count];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                nodes[i] = new Node(NodeSpec.of("n" + i, 1 + rnd.nextInt(8), 1000), i);
                names.add("n" + i);
            }
            int[] all = new int[count];
            Arrays.setAll(all, i -> i);
            Partition p = new Partition(PartitionSpec.simple("p", names, true), all, 0);
            SchedulerSettings settings = SchedulerSettings.defaults();
            ResourceSelector selector = new ResourceSelector(nodes, settings);

            int[] free = new int[count];
            List<Job> running = new ArrayList<>();
            List<Use> releases = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                free[i] = nodes[i].cpus();
            }
            for (int r = rnd.nextInt(3 * count); r > 0; r--) {
                int n = rnd.nextInt(count);
                if (free[n] == 0) {
                    continue;
                }
                int cores = 1 + rnd.nextInt(free[n]);
                long start = NOW - 60L * rnd.nextInt(100);
                long limitMin = (NOW - start) / 60 + 1 + rnd.nextInt(240);
                Job j = job(p, cores, limitMin);
                j.startTime = start;
                j.allocNodes = new int[] {n};
                j.allocCores = new int[] {cores};
                j.allocMem = new long[] {0};
                running.add(j);
                free[n] -= cores;
                releases.add(new Use(n, cores, start + limitMin * 60, Long.MAX_VALUE));
            }
            boolean[] usable = new boolean[count];
            for (int i = 0; i < count; i++) {
                usable[i] = rnd.nextInt(6) != 0;
            }

            AvailabilityProfile profile = new AvailabilityProfile(settings.bfResolution(), count, false)
                    .reset(NOW, free, new long[count], running);
            List<Use> reserved = new ArrayList<>();
            long horizon = NOW + settings.bfWindowMin() * 60L;
            for (int k = 0; k < 12; k++) {
                int cpus = Arrays.stream(nodes).mapToInt(Node::cpus).sum();
                Job j = job(p, 1 + rnd.nextInt(cpus), 1 + rnd.nextInt(300));
                long duration = j.timeLimitMin * 60;
                String what = "round " + round + " job " + k;

                Slot want = modelEarliest(j, duration, horizon, all, usable, selector, free, releases, reserved);
                boolean mightStart = profile.mightStartNow(j, duration, all, usable);
                Placement chosen = new Placement();
                long start = profile.earliest(j, duration, horizon, all, usable, selector, chosen);
                if (want == null) {
                    assertEquals(AvailabilityProfile.NO_SLOT, start, what);
                    continue;
                }
                Allocation got = chosen.toAllocation();
                assertEquals(want.start(), start, what);
                assertArrayEquals(want.allocation().nodes(), got.nodes(), what);
                assertArrayEquals(want.allocation().cores(), got.cores(), what);
                if (start == NOW) {
                    assertTrue(mightStart, what + ": can start now, so it might");
                }
                profile.reserve(start, duration, chosen);
                for (int i = 0; i < got.nodes().length; i++) {
                    reserved.add(new Use(got.nodes()[i], got.cores()[i], start, start + duration));
                }
            }
        }
    }

    private static Job job(Partition p, int ntasks, long limitMin) {
        return new Job(1, 0, -1, new JobRequest().ntasks(ntasks), p, limitMin, List.of(), NOW, false);
    }

    /** The first change point from which the job fits for its whole limit, by brute force. */
    private static Slot modelEarliest(Job j, long duration, long horizon, int[] candidates,
            boolean[] usable, ResourceSelector selector, int[] freeNow, List<Use> releases, List<Use> reserved) {
        TreeSet<Long> changes = new TreeSet<>();
        changes.add(NOW);
        releases.forEach(u -> changes.add(u.from()));
        reserved.forEach(u -> {
            changes.add(u.from());
            changes.add(u.to());
        });
        int count = freeNow.length;
        long[] noMemoryLimit = new long[count];
        Arrays.fill(noMemoryLimit, Long.MAX_VALUE);
        for (long start : changes) {
            if (start > horizon) {
                return null;
            }
            int[] minFree = new int[count];
            Arrays.fill(minFree, Integer.MAX_VALUE);
            for (long t : changes.subSet(start, true, start + duration, false)) {
                for (int n = 0; n < count; n++) {
                    minFree[n] = Math.min(minFree[n], freeAt(n, t, freeNow, releases, reserved));
                }
            }
            Allocation a = selector.select(j, candidates, minFree, noMemoryLimit, usable);
            if (a != null) {
                return new Slot(start, a);
            }
        }
        return null;
    }

    private static int freeAt(int n, long t, int[] freeNow, List<Use> releases, List<Use> reserved) {
        int free = freeNow[n];
        for (Use u : releases) {
            if (u.node() == n && u.from() <= t) {
                free += u.cores();
            }
        }
        for (Use u : reserved) {
            if (u.node() == n && u.from() <= t && t < u.to()) {
                free -= u.cores();
            }
        }
        return free;
    }
}
