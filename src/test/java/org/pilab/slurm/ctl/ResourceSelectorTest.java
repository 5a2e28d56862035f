package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cores-only selection (no memory tracking, not exclusive, no node list or count) stops its
 * sweep early; whatever it skips, it must choose as cons_tres's rule says: the fullest node that
 * holds every task (the first such in candidate order on a tie), else the tasks spread over the
 * candidates in order, each taking as many as its free cores allow.
 */
class ResourceSelectorTest {

    @Test
    void coresOnlySelectionFollowsBestFitElseSpreadInOrder() {
        Random rnd = new Random(7);
        for (int round = 0; round < 5000; round++) {
            int count = 1 + rnd.nextInt(10);
            Node[] nodes = new Node[count];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                nodes[i] = new Node(NodeSpec.of("n" + i, 1 + rnd.nextInt(8), 1000), i);
                names.add("n" + i);
            }
            ResourceSelector selector = new ResourceSelector(nodes, SchedulerSettings.defaults());
            int[] free = new int[count];
            boolean[] usable = new boolean[count];
            int freeTotal = 0;
            for (int i = 0; i < count; i++) {
                free[i] = rnd.nextInt(nodes[i].cpus() + 1);
                usable[i] = rnd.nextInt(8) != 0;
                freeTotal += free[i];
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (rnd.nextInt(5) != 0) {
                    order.add(i);
                }
            }
            Collections.shuffle(order, rnd);
            int[] candidates = order.stream().mapToInt(Integer::intValue).toArray();
            int perTask = 1 + rnd.nextInt(3);
            int ntasks = 1 + rnd.nextInt(Math.max(1, freeTotal / perTask + 2));
            Partition p = new Partition(PartitionSpec.simple("p", names, true), candidates, 0);
            Job job = new Job(1, 0, -1, new JobRequest().ntasks(ntasks).cpusPerTask(perTask), p, 10, List.of(), 0,
                    false);

            Allocation got = selector.select(job, candidates, free, new long[count], usable);
            int[][] want = expected(ntasks, perTask, candidates, free, usable);
            String what = "round " + round;
            if (want == null) {
                assertNull(got, what);
                continue;
            }
            assertArrayEquals(want[0], got.nodes(), what);
            assertArrayEquals(want[1], got.tasks(), what);
            int[] cores = new int[want[1].length];
            for (int i = 0; i < cores.length; i++) {
                cores[i] = want[1][i] * perTask;
            }
            assertArrayEquals(cores, got.cores(), what);
            assertEquals(cores.length, got.mem().length, what);
        }
    }

    /** {nodes, tasks per node} by the rule in the class comment, or null when the tasks do not fit. */
    private static int[][] expected(int ntasks, int perTask, int[] candidates, int[] free, boolean[] usable) {
        int[] cap = new int[candidates.length];
        long total = 0;
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
            int n = candidates[i];
            cap[i] = usable[n] ? free[n] / perTask : 0;
            total += cap[i];
            if (cap[i] >= ntasks && (best < 0 || free[n] < free[candidates[best]])) {
                best = i;
            }
        }
        if (total < ntasks) {
            return null;
        }
        if (best >= 0) {
            return new int[][] {{candidates[best]}, {ntasks}};
        }
        List<int[]> placed = new ArrayList<>();
        int left = ntasks;
        for (int i = 0; i < candidates.length && left > 0; i++) {
            int take = Math.min(cap[i], left);
            if (take > 0) {
                placed.add(new int[] {candidates[i], take});
                left -= take;
            }
        }
        return new int[][] {placed.stream().mapToInt(x -> x[0]).toArray(), placed.stream().mapToInt(x -> x[1]).toArray()};
    }
}
