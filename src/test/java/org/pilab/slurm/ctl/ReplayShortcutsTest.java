package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.slurm.swf.SwfJob;
import org.pilab.slurm.swf.SwfReader;

/**
 * The replay's shortcuts (stopping a backfill pass once no job left can start now, and leaving
 * later jobs unplanned) exist only for speed: a replay that plans every job, as the live
 * controller does, must give exactly the same results on seeded random workloads.
 */
class ReplayShortcutsTest {

    @Test
    void shortcutsDoNotChangeAnyResult() {
        for (long seed = 1; seed <= 4; seed++) {
            int nodes = 4 + (int) seed * 3;
            int cores = 4;
            String swf = SyntheticTrace.generate(800, seed, nodes * cores, 60);
            List<SwfJob> jobs = SwfReader.strict().read(swf, "synthetic-" + seed).jobs();
            TraceReplay replay = new TraceReplay(nodes, cores);
            for (String s : List.of("sched/builtin", "sched/backfill")) {
                ReplayResult fast = replay.run(jobs, s, null, true);
                ReplayResult full = replay.run(jobs, s, null, false);
                assertEquals(full, fast, s + " seed " + seed);
                assertTrue(s.endsWith("builtin") || full.backfilled() > 0, "workload exercises backfill: " + full);
            }
        }
    }
}
