package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchedulingTest {

    private static Controller cluster(String scheduler, String extra) {
        return new Controller(Clusters.fourPis(scheduler, extra), Clusters.T0, OutputSink.DISCARD);
    }

    @Test
    void builtinLeavesLaterJobsWaitingBehindABlockedOne() throws SubmitException {
        Controller c = cluster("sched/builtin", "");
        long a = c.submit(Clusters.job(12, 60, 3000));     // 12 of 16 cores for 50 min
        long big = c.submit(Clusters.job(16, 60, 600));     // needs the whole cluster: waits
        long small = c.submit(Clusters.job(1, 5, 60));      // would fit now, but FIFO holds it
        c.advanceBy(120);
        assertEquals(JobState.RUNNING, c.job(a).state());
        assertEquals(JobReason.RESOURCES, c.job(big).reason());
        assertEquals(JobState.PENDING, c.job(small).state());
        assertEquals(JobReason.PRIORITY, c.job(small).reason());
    }

    @Test
    void backfillStartsAShortJobThatDoesNotDelayTheReservation() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        long a = c.submit(Clusters.job(12, 60, 3000));
        long big = c.submit(Clusters.job(16, 60, 600));
        long shortJob = c.submit(Clusters.job(1, 5, 60));   // ends long before job a's limit
        long longJob = c.submit(Clusters.job(1, 120, 60));  // its limit runs past a's: would delay big
        c.advanceBy(31);                                       // one bf_interval
        assertEquals(JobState.RUNNING, c.job(a).state());
        assertEquals(JobState.PENDING, c.job(big).state());
        assertTrue(c.job(shortJob).startTime() > 0, "short job backfilled");
        assertEquals(0, c.job(longJob).startTime(), "a job that would delay the reservation must wait");
        assertEquals(Clusters.T0 + 3600, c.job(big).plannedStart(), "big job planned at a's limit");
    }

    @Test
    void timeLimitEndsTheJobWithSlurmstepdLine() throws SubmitException {
        StringBuilder file = new StringBuilder();
        Controller c = new Controller(Clusters.fourPis("sched/backfill", ""), Clusters.T0,
                (path, text, append) -> {
                    if (!append) {
                        file.setLength(0);
                    }
                    file.append(text);
                });
        long id = c.submit(new JobRequest().timeLimitMinutes(1).workDir("/home/pi")
                .script("#!/bin/bash\necho start\nsleep 300\necho never\n"));
        c.advanceBy(600);
        Job j = c.job(id);
        assertEquals(JobState.TIMEOUT, j.state());
        assertEquals(60, j.endTime() - j.startTime());
        assertEquals("start\nslurmstepd-pi01: error: *** JOB 1 ON pi01 CANCELLED AT 2026-01-01T09:01:00 DUE TO TIME LIMIT ***\n",
                file.toString());
    }

    @Test
    void nonZeroExitMakesTheJobFailed() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        long id = c.submit(new JobRequest().workDir("/").script("#!/bin/sh\nexit 3\n"));
        c.advanceBy(1);
        assertEquals(JobState.FAILED, c.job(id).state());
        assertEquals(3, c.job(id).exitCode());
        assertEquals(JobReason.NON_ZERO_EXIT_CODE, c.job(id).reason());
    }

    @Test
    void partitionLimitsGivePendingReasonsOrRejection() throws SubmitException {
        String limited = """
                ClusterName=pilab
                SlurmctldHost=pi01
                NodeName=pi[01-04] CPUs=4 RealMemory=3800
                PartitionName=short Nodes=ALL Default=YES MaxTime=30 MaxNodes=2
                """;
        Controller c = new Controller(ClusterSpecs.fromText(limited), Clusters.T0, OutputSink.DISCARD);
        long tooLong = c.submit(Clusters.job(1, 60, 10));
        long tooWide = c.submit(Clusters.job(3, 10, 10).nodes(3));
        c.advanceBy(1);
        assertEquals(JobReason.PARTITION_TIME_LIMIT, c.job(tooLong).reason());
        assertEquals(JobReason.PARTITION_NODE_LIMIT, c.job(tooWide).reason());

        Controller enforcing = new Controller(ClusterSpecs.fromText(limited + "EnforcePartLimits=YES\n"), Clusters.T0,
                OutputSink.DISCARD);
        SubmitException e = assertThrows(SubmitException.class, () -> enforcing.submit(Clusters.job(1, 60, 10)));
        assertEquals("Requested time limit is invalid (missing or exceeds some limit)", e.getMessage());
    }

    @Test
    void dependenciesWaitAndNeverSatisfiedIsReported() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        long first = c.submit(new JobRequest().workDir("/").script("#!/bin/sh\nsleep 10\nexit 1\n"));
        long ok = c.submit(Clusters.job(1, 5, 5).dependency("afterok:" + first));
        long notOk = c.submit(Clusters.job(1, 5, 5).dependency("afternotok:" + first));
        c.advanceBy(1);
        assertEquals(JobReason.DEPENDENCY, c.job(ok).reason());
        c.advanceBy(70);
        assertEquals(JobState.FAILED, c.job(first).state());
        assertEquals(JobReason.DEPENDENCY_NEVER_SATISFIED, c.job(ok).reason());
        assertEquals(JobState.COMPLETED, c.job(notOk).state());
        // The real 22.05 testbed accepts a dependency on a job it does not know, and the job runs.
        long unknown = c.submit(Clusters.job(1, 5, 5).dependency("afterok:999"));
        c.advanceBy(10);
        assertEquals(JobState.COMPLETED, c.job(unknown).state());
        assertThrows(SubmitException.class, () -> c.submit(Clusters.job(1, 5, 5).dependency("afterok:")));
    }

    @Test
    void fairShareLetsALightUserOvertakeAHeavyOne() throws SubmitException {
        Controller c = cluster("sched/builtin", "PriorityType=priority/multifactor\nPriorityWeightFairshare=10000\n");
        c.submit(Clusters.job(16, 60, 600).user("alice", 1001));     // alice uses the whole cluster
        c.submit(Clusters.job(1, 5, 1).user("bob", 1002));           // bob a little
        c.advanceBy(3600);
        long alice = c.submit(Clusters.job(16, 60, 600).user("alice", 1001));
        long bob = c.submit(Clusters.job(16, 60, 600).user("bob", 1002));
        // usage: alice 16 x 600 core-s, bob 1 x 1 core-s: F = 2^(-U/S) with S = 1/2
        double uAlice = 9600.0 / 9601;
        assertEquals(Math.round(10000 * Math.pow(2, -uAlice / 0.5)), c.job(alice).priority());
        assertEquals(Math.round(10000 * Math.pow(2, -(1 - uAlice) / 0.5)), c.job(bob).priority());
        assertEquals(JobState.RUNNING, c.job(alice).state(), "alice's job found the cluster idle");
        c.advanceBy(600);
        assertEquals(JobState.RUNNING, c.job(bob).state());
    }

    @Test
    void higherPriorityJobGoesFirstWhenBothWait() throws SubmitException {
        Controller c = cluster("sched/builtin", "PriorityType=priority/multifactor\nPriorityWeightFairshare=10000\n");
        c.submit(Clusters.job(16, 60, 600).user("alice", 1001));
        c.advanceBy(700);                                              // alice has used 9600 core-s
        c.submit(Clusters.job(16, 60, 600).user("carol", 1003));       // occupies the cluster
        long alice = c.submit(Clusters.job(16, 60, 600).user("alice", 1001));
        long bob = c.submit(Clusters.job(16, 60, 600).user("bob", 1002));
        assertTrue(c.job(bob).priority() > c.job(alice).priority());
        c.advanceBy(601);
        assertEquals(JobState.RUNNING, c.job(bob).state(), "bob, submitted later, runs first");
        assertEquals(JobState.PENDING, c.job(alice).state());
    }

    @Test
    void runUntilIdleStopsWhenOnlyHopelessJobsAreLeft() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        long first = c.submit(new JobRequest().workDir("/").script("#!/bin/sh\nexit 1\n"));
        long waiting = c.submit(Clusters.job(1, 5, 5).dependency("afterok:" + first));
        c.runUntilIdle(365L * 86400);
        assertEquals(JobReason.DEPENDENCY_NEVER_SATISFIED, c.job(waiting).reason());
        assertTrue(c.now() < Clusters.T0 + 3600, "stopped once nothing could change, at " + (c.now() - Clusters.T0));
    }

    @Test
    void arrayThrottleCapsRunningTasks() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        long id = c.submit(Clusters.job(1, 5, 100).array(ArraySpec.parse("0-7%2", 1001)));
        c.advanceBy(31);
        long running = c.arrayTasks(id).stream().filter(j -> j.state() == JobState.RUNNING).count();
        assertEquals(2, running);
        assertTrue(c.arrayTasks(id).stream().anyMatch(j -> j.reason() == JobReason.JOB_ARRAY_TASK_LIMIT));
        c.advanceBy(3600);
        assertTrue(c.arrayTasks(id).stream().allMatch(j -> j.state() == JobState.COMPLETED));
    }

    @Test
    void lostNodeGoesDownAfterSlurmdTimeoutAndItsJobIsRequeued() throws SubmitException {
        Controller c = cluster("sched/backfill", "SlurmdTimeout=10\nReturnToService=2\n");
        long id = c.submit(Clusters.job(4, 60, 1000));
        assertEquals(1, c.job(id).allocNodeCount());
        Node used = c.node(c.nodeNames(c.job(id)).get(0));
        c.loseContact(used);
        assertEquals("alloc*", used.compactState());
        c.advanceBy(10);
        assertEquals("down*", used.compactState());
        assertEquals("Not responding", used.reason());
        assertEquals(JobState.PENDING, c.job(id).state());
        assertEquals(1, c.job(id).restarts());
        c.advanceBy(200);
        assertEquals(JobState.RUNNING, c.job(id).state());
        assertTrue(!c.nodeNames(c.job(id)).contains(used.name()));
        c.regainContact(used);
        assertEquals("idle", used.compactState(), "ReturnToService=2 brings it back");
    }

    @Test
    void drainingNodeFinishesItsJobThenShowsDrained() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        c.submit(Clusters.job(4, 5, 120));
        Node n = c.node("pi01");
        c.drain(n, "maintenance", "root");
        assertEquals("drng", n.compactState());
        c.advanceBy(121);
        assertEquals("drain", n.compactState());
        assertEquals("drained", n.longState());
        c.resume(n);
        assertEquals("idle", n.compactState());
    }

    @Test
    void memoryIsAllocatedPerCpuAndLimitsSharing() throws SubmitException {
        Controller c = cluster("sched/backfill", "");
        long a = c.submit(Clusters.job(1, 10, 100).memPerNode(3000));
        long b = c.submit(Clusters.job(1, 10, 100).memPerNode(3000));
        c.advanceBy(1);
        assertEquals(3000, c.node(c.nodeNames(c.job(a)).get(0)).allocMem());
        assertTrue(!c.nodeNames(c.job(a)).equals(c.nodeNames(c.job(b))), "two 3000 MB jobs cannot share a 3800 MB node");
        SubmitException e = assertThrows(SubmitException.class, () -> c.submit(Clusters.job(1, 10, 1).memPerNode(5000)));
        assertEquals("Requested node configuration is not available", e.getMessage());
    }
}
