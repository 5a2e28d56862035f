package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches a controller and records every broken scheduling invariant: no node over its cores or
 * memory, no start before submission or --begin, every job accounted for, and backfill never
 * delaying the job at the head of the queue: the start backfill reserves for the highest-priority
 * pending job is met (within one bf_interval plus bf_resolution, the granularity of passes).
 * Lower-priority reservations may legitimately slip when a higher-priority job starts early.
 */
final class ScheduleInvariants implements ControllerListener {

    private final Controller c;
    private final boolean checkReservations;
    private final Map<Job, Long> firstPlan = new HashMap<>();
    final List<String> violations = new ArrayList<>();
    int starts;
    int ends;

    ScheduleInvariants(Controller c, boolean checkReservations) {
        this.c = c;
        this.checkReservations = checkReservations;
    }

    @Override
    public void started(Job j) {
        starts++;
        for (Node n : c.nodes()) {
            if (n.allocCpus() > n.cpus() || n.allocCpus() < 0) {
                violations.add("node " + n.name() + " has " + n.allocCpus() + " of " + n.cpus() + " cores allocated");
            }
            if (c.settings().memoryTracked() && n.allocMem() > n.realMemory()) {
                violations.add("node " + n.name() + " has " + n.allocMem() + " MB of " + n.realMemory() + " allocated");
            }
        }
        if (j.startTime() < j.submitTime()) {
            violations.add("job " + j.displayId() + " started before it was submitted");
        }
        if (j.startTime() < j.beginTime()) {
            violations.add("job " + j.displayId() + " started before its begin time");
        }
        if (j.allocCpus() < j.requestedCpus()) {
            violations.add("job " + j.displayId() + " got " + j.allocCpus() + " CPUs for " + j.requestedCpus());
        }
        Long plan = firstPlan.get(j);
        long slack = c.settings().bfInterval() + c.settings().bfResolution();
        if (checkReservations && plan != null && j.startTime() > plan + slack) {
            violations.add("job " + j.displayId() + " reserved for " + plan + " started at " + j.startTime());
        }
    }

    @Override
    public void planned(Job j, long start) {
        List<Job> queue = c.pendingJobs();
        if (!queue.isEmpty() && queue.get(0) == j) {
            firstPlan.putIfAbsent(j, start);
        }
    }

    @Override
    public void ended(Job j) {
        ends++;
        if (j.endTime() < j.startTime() && j.startTime() > 0) {
            violations.add("job " + j.displayId() + " ended before it started");
        }
        if (j.timeLimitMinutes() != SlurmTimes.INFINITE && j.startTime() > 0
                && j.endTime() - j.startTime() > j.timeLimitMinutes() * 60) {
            violations.add("job " + j.displayId() + " ran past its time limit");
        }
    }

    /** After the run: every submitted job has ended exactly once and all cores are free again. */
    void checkFinal() {
        for (Job j : c.jobs()) {
            if (!j.state().finished()) {
                violations.add("job " + j.displayId() + " never finished (" + j.state() + ")");
            }
        }
        if (ends != c.jobs().size()) {
            violations.add(ends + " job ends seen for " + c.jobs().size() + " jobs");
        }
        for (Node n : c.nodes()) {
            if (n.allocCpus() != 0 || n.allocMem() != 0) {
                violations.add("node " + n.name() + " still has resources allocated after every job ended");
            }
        }
    }
}
