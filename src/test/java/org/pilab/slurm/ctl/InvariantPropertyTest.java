package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilab.slurm.swf.SwfJob;
import org.pilab.slurm.swf.SwfReader;

/** Seeded random workloads: whatever the mix, the scheduler's invariants hold. */
class InvariantPropertyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomInteractiveWorkloadsKeepInvariants(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String scheduler = seed % 2 == 0 ? "sched/builtin" : "sched/backfill";
        Controller c = new Controller(Clusters.fourPis(scheduler, "SlurmdTimeout=20\n"), Clusters.T0,
                OutputSink.DISCARD);
        ScheduleInvariants inv = new ScheduleInvariants(c, false);
        c.addListener(inv);
        int rejected = 0;
        for (int step = 0; step < 200; step++) {
            int action = rnd.nextInt(10);
            if (action < 6) {
                JobRequest r = Clusters.job(1 + rnd.nextInt(6), 1 + rnd.nextInt(30), rnd.nextInt(2400))
                        .cpusPerTask(1 + rnd.nextInt(2));
                if (rnd.nextInt(4) == 0) {
                    r.nodes(1 + rnd.nextInt(2)).ntasks(2 + rnd.nextInt(2));
                }
                if (rnd.nextInt(5) == 0) {
                    r.memPerNode(500 + rnd.nextInt(3000));
                }
                if (rnd.nextInt(6) == 0) {
                    r.array(ArraySpec.parse("0-" + rnd.nextInt(6) + (rnd.nextBoolean() ? "%2" : ""), 1001));
                }
                try {
                    c.submit(r);
                } catch (SubmitException e) {
                    rejected++; // e.g. 3 tasks x 2 CPUs on one 4-core node: refused at submit, as SLURM does
                }
            } else if (action == 6 && !c.jobs().isEmpty()) {
                Job j = c.jobs().get(rnd.nextInt(c.jobs().size()));
                c.cancel(j, 0);
            } else if (action == 7) {
                Node n = c.nodes().get(rnd.nextInt(4));
                if (rnd.nextBoolean()) {
                    c.loseContact(n);
                } else {
                    c.regainContact(n);
                }
            } else {
                c.advanceBy(rnd.nextInt(300));
            }
        }
        for (Node n : c.nodes()) {
            c.regainContact(n);
            c.resume(n);
        }
        c.runUntilIdle(30L * 86400);
        inv.checkFinal();
        assertEquals(List.of(), inv.violations);
        assertTrue(inv.starts > 0 && rejected < 100, "the workload mostly ran: " + inv.starts + " starts");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void tracesReplayWithoutBreakingReservations(long seed) {
        List<SwfJob> jobs = SwfReader.strict().read(SyntheticTrace.generate(300, seed, 16, 40), "gen").jobs();
        TraceReplay replay = new TraceReplay(6, 4);
        for (String s : List.of("sched/builtin", "sched/backfill")) {
            ScheduleInvariants[] inv = new ScheduleInvariants[1];
            ReplayResult r = replay.run(jobs, s, c -> inv[0] = new ScheduleInvariants(c, true));
            inv[0].checkFinal();
            assertEquals(List.of(), inv[0].violations, s + " seed " + seed);
            assertEquals(jobs.size(), r.completed() + r.skipped());
        }
    }
}
