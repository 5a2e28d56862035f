package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pilab.sim.Tally;
import org.pilab.slurm.swf.SwfJob;

/**
 * Replays an SWF workload through the virtual controller with one scheduler: every job is
 * submitted at its trace submit time asking for its processors as single-core tasks, with its
 * requested time as the limit (its run time when the trace gives none) and its run time as the
 * payload. Jobs larger than the cluster, or with no usable size or run time, are skipped.
 */
public final class TraceReplay {

    /** Bounded-slowdown threshold: jobs shorter than this count as this long. */
    public static final double TAU_SECONDS = 10;

    private final int nodes;
    private final int coresPerNode;
    private final int bfInterval;
    private final int bfMaxJobTest;

    public TraceReplay(int nodes, int coresPerNode) {
        this(nodes, coresPerNode, SchedulerSettings.defaults().bfInterval(), SchedulerSettings.defaults().bfMaxJobTest());
    }

    /** A replay with backfill's bf_interval (seconds) and bf_max_job_test set. */
    public TraceReplay(int nodes, int coresPerNode, int bfInterval, int bfMaxJobTest) {
        if (bfInterval <= 0 || bfMaxJobTest <= 0) {
            throw new IllegalArgumentException("bf_interval and bf_max_job_test must be positive (got " + bfInterval
                    + ", " + bfMaxJobTest + ")");
        }
        this.bfInterval = bfInterval;
        this.bfMaxJobTest = bfMaxJobTest;
        if (nodes <= 0 || coresPerNode <= 0) {
            throw new IllegalArgumentException("--nodes and --cores-per-node must be positive (got " + nodes + " x "
                    + coresPerNode + ")");
        }
        this.nodes = nodes;
        this.coresPerNode = coresPerNode;
    }

    /** The cluster a replay runs on: one partition, no memory limits, the given scheduler. */
    public ClusterSpec cluster(String schedulerType) {
        List<NodeSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int width = Integer.toString(nodes).length();
        for (int i = 1; i <= nodes; i++) {
            String name = String.format("n%0" + width + "d", i);
            specs.add(NodeSpec.of(name, coresPerNode, 0));
            names.add(name);
        }
        SchedulerSettings s = SchedulerSettings.defaults().withSchedulerType(schedulerType)
                .withBackfill(bfInterval, bfMaxJobTest);
        return new ClusterSpec("replay", "ctl", specs, List.of(PartitionSpec.simple("batch", names, true)), s, Map.of());
    }

    /** Replays the jobs (in submit order) with {@code schedulerType}. */
    public ReplayResult run(List<SwfJob> trace, String schedulerType) {
        return run(trace, schedulerType, null);
    }

    /**
     * Replays the jobs (in submit order) with {@code schedulerType} (sched/builtin or sched/backfill).
     *
     * @param observer when non-null, builds a listener for the replay's controller (invariant checks)
     */
    public ReplayResult run(List<SwfJob> trace, String schedulerType,
            Function<Controller, ControllerListener> observer) {
        return run(trace, schedulerType, observer, true);
    }

    /**
     * @param shortcuts false to have the controller plan every job as it does live, skipping none
     *                  of the replay's shortcuts: the results must not change (tests check it)
     */
    ReplayResult run(List<SwfJob> trace, String schedulerType, Function<Controller, ControllerListener> observer,
            boolean shortcuts) {
        List<SwfJob> jobs = new ArrayList<>(trace);
        jobs.sort((a, b) -> a.submitTime() != b.submitTime() ? Long.compare(a.submitTime(), b.submitTime())
                : Long.compare(a.jobNumber(), b.jobNumber()));
        long origin = jobs.isEmpty() ? 0 : jobs.get(0).submitTime();
        long start = 1_700_000_000L; // any fixed epoch: only differences matter
        Controller c = new Controller(cluster(schedulerType), start, OutputSink.DISCARD);
        c.planEveryJob(!shortcuts);
        Stats stats = new Stats();
        c.addListener(stats);
        if (observer != null) {
            c.addListener(observer.apply(c));
        }
        int totalCores = nodes * coresPerNode;
        int skipped = 0;
        long firstSubmit = Long.MAX_VALUE;
        for (SwfJob j : jobs) {
            long procs = j.processors();
            if (procs <= 0 || procs > totalCores || j.runTime() < 0) {
                skipped++;
                continue;
            }
            long submit = start + (j.submitTime() - origin);
            c.advanceTo(submit);
            firstSubmit = Math.min(firstSubmit, submit);
            long limitMin = j.hasRequestedTime() ? (j.requestedTime() + 59) / 60 : Math.max(1, (j.runTime() + 59) / 60);
            JobRequest r = new JobRequest().name("job" + j.jobNumber()).user("u" + Math.max(0, j.userId()),
                    (int) Math.max(0, j.userId())).ntasks((int) procs).timeLimitMinutes(limitMin)
                    .payload(JobPayload.fixed(j.runTime(), 0)).requeue(false);
            try {
                c.submit(r);
            } catch (SubmitException e) {
                skipped++;
            }
        }
        c.runUntilIdle(Long.MAX_VALUE / 4);
        long makespan = stats.lastEnd == 0 ? 0 : stats.lastEnd - firstSubmit;
        double util = makespan == 0 ? 0 : stats.busyCoreSeconds / ((double) totalCores * makespan);
        return new ReplayResult(schedulerType.replace("sched/", ""), jobs.size(), (int) stats.waits.count(), skipped,
                makespan, util, stats.waits.count() == 0 ? 0 : stats.waits.mean(),
                stats.waits.count() == 0 ? 0 : stats.waits.percentile(50),
                stats.waits.count() == 0 ? 0 : stats.waits.percentile(95),
                stats.slowdown.count() == 0 ? 0 : stats.slowdown.mean(), stats.backfilled);
    }

    /** Collects waits, slowdowns and busy core-seconds as jobs end. */
    private static final class Stats implements ControllerListener {
        final Tally waits = new Tally("wait", true);
        final Tally slowdown = new Tally("bounded slowdown");
        double busyCoreSeconds;
        long lastEnd;
        int backfilled;

        @Override
        public void backfilled(Job job) {
            backfilled++;
        }

        @Override
        public void ended(Job j) {
            if (j.startTime == 0) {
                return;
            }
            long wait = j.startTime - j.submitTime;
            long run = j.endTime - j.startTime;
            waits.add(wait);
            slowdown.add(Math.max(1.0, (wait + run) / Math.max(run, TAU_SECONDS)));
            busyCoreSeconds += (double) run * j.allocCpus();
            lastEnd = Math.max(lastEnd, j.endTime);
        }
    }
}
