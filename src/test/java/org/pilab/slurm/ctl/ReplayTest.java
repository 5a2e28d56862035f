package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.slurm.swf.SwfJob;
import org.pilab.slurm.swf.SwfReader;

class ReplayTest {

    private static List<SwfJob> sample() throws IOException {
        try (InputStream in = ReplayTest.class.getResourceAsStream("/swf/sample-500.swf")) {
            return SwfReader.strict().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample-500.swf")
                    .jobs();
        }
    }

    @Test
    void sameTraceGivesIdenticalResults() throws IOException {
        List<SwfJob> jobs = sample();
        TraceReplay replay = new TraceReplay(8, 4);
        for (String s : List.of("sched/builtin", "sched/backfill")) {
            assertEquals(replay.run(jobs, s), replay.run(jobs, s), s);
        }
    }

    @Test
    void everyJobIsAccountedForAndInvariantsHold() throws IOException {
        List<SwfJob> jobs = sample();
        TraceReplay replay = new TraceReplay(8, 4);
        for (String s : List.of("sched/builtin", "sched/backfill")) {
            ScheduleInvariants[] inv = new ScheduleInvariants[1];
            ReplayResult r = replay.run(jobs, s, c -> inv[0] = new ScheduleInvariants(c, true));
            inv[0].checkFinal();
            assertEquals(List.of(), inv[0].violations);
            assertEquals(jobs.size(), r.completed() + r.skipped(), "completed + skipped = all jobs");
            assertTrue(r.utilisation() > 0 && r.utilisation() <= 1.0, "utilisation in (0, 1]: " + r.utilisation());
            assertTrue(r.medianWaitSeconds() <= r.p95WaitSeconds());
            assertTrue(r.meanBoundedSlowdown() >= 1.0);
        }
    }

    @Test
    void backfillNeverDoesWorseOnWaitForThisLoadedTrace() throws IOException {
        List<SwfJob> jobs = sample();
        TraceReplay replay = new TraceReplay(8, 4);
        ReplayResult fifo = replay.run(jobs, "sched/builtin");
        ReplayResult bf = replay.run(jobs, "sched/backfill");
        assertEquals(0, fifo.backfilled());
        assertTrue(bf.backfilled() > 0, "backfill started some jobs out of order");
        assertTrue(bf.meanWaitSeconds() < fifo.meanWaitSeconds(),
                "backfill mean wait " + bf.meanWaitSeconds() + " vs FIFO " + fifo.meanWaitSeconds());
    }

    @Test
    void jobsLargerThanTheClusterAreSkipped() {
        List<SwfJob> jobs = SwfReader.strict().read("""
                1 0 -1 100 4 -1 -1 4 200 -1 1 1 1 -1 1 1 -1 -1
                2 10 -1 100 64 -1 -1 64 200 -1 1 1 1 -1 1 1 -1 -1
                """, "two.swf").jobs();
        ReplayResult r = new TraceReplay(2, 4).run(jobs, "sched/backfill");
        assertEquals(1, r.completed());
        assertEquals(1, r.skipped());
        assertEquals(100, r.makespanSeconds());
    }
}
