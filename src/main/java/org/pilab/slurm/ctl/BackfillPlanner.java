package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sched/backfill pass over the jobs it examines (the first bf_max_job_test eligible ones,
 * in priority order): each gets the earliest slot within bf_window in an availability profile
 * built from running jobs' time limits, and the slot is reserved so that no later job can take
 * it. Jobs whose slot is now are returned to be started: they delay no reservation made for a
 * job ahead of them.
 */
final class BackfillPlanner {

    /** A job to start now on these nodes. */
    record Start(Job job, Allocation allocation) {
    }

    private final SchedulerSettings settings;
    private final ResourceSelector selector;
    private final int nodeCount;
    /** Reused pass after pass: rebuilding it allocates nothing once its arrays have grown. */
    private final AvailabilityProfile profile;
    /** The nodes of the reservation being made (reused: most are never started, only reserved). */
    private final Placement placement = new Placement();

    BackfillPlanner(SchedulerSettings settings, ResourceSelector selector, int nodeCount) {
        this.settings = settings;
        this.selector = selector;
        this.nodeCount = nodeCount;
        this.profile = new AvailabilityProfile(settings.bfResolution(), nodeCount, settings.memoryTracked());
    }

    /**
     * @param perArray     running tasks per array, updated with the tasks this pass starts
     * @param planEveryJob false to stop once nothing more can start now (trace replay)
     */
    List<Start> plan(long now, List<Job> tested, boolean[] usable, Map<Long, Integer> perArray, int[] freeCpu,
            long[] freeMem, List<Job> running, boolean planEveryJob, List<ControllerListener> listeners) {
        List<Start> starts = new ArrayList<>();
        int[] suffixMinCpus = new int[tested.size() + 1];
        suffixMinCpus[tested.size()] = Integer.MAX_VALUE;
        for (int i = tested.size() - 1; i >= 0; i--) {
            suffixMinCpus[i] = Math.min(suffixMinCpus[i + 1], tested.get(i).requestedCpus());
        }
        if (!planEveryJob) {
            long freeTotal = 0;
            for (int n = 0; n < nodeCount; n++) {
                if (usable[n]) {
                    freeTotal += freeCpu[n];
                }
            }
            if (freeTotal < suffixMinCpus[0]) {
                return starts; // no examined job fits in what is free now: this pass would start nothing
            }
        }
        AvailabilityProfile profile = this.profile.reset(now, freeCpu, freeMem, running);
        long horizon = now + settings.bfWindowMin() * 60L;
        int startable = 0;
        for (int i = 0; i < tested.size(); i++) {
            if (!planEveryJob) {
                if (profile.freeNow() < suffixMinCpus[i]) {
                    // No job left in this pass fits in what is free now, so none can start; later
                    // reservations would change only planned start times, not what runs.
                    break;
                }
                startable = nextMaybeStartable(profile, tested, Math.max(startable, i), usable);
                if (startable == tested.size()) {
                    break; // same reason: no job left could start now, whatever is reserved
                }
            }
            Job j = tested.get(i);
            if (j.isArrayTask() && j.arrayMaxRunning > 0
                    && perArray.getOrDefault(j.arrayJobId, 0) >= j.arrayMaxRunning) {
                continue;
            }
            long duration = j.timeLimitMin == SlurmTimes.INFINITE ? Long.MAX_VALUE : j.timeLimitMin * 60;
            long start = profile.earliest(j, window(j), horizon, j.partition.nodeIndicesShared(), usable, selector,
                    placement);
            if (start == AvailabilityProfile.NO_SLOT) {
                continue;
            }
            profile.reserve(start, duration, placement);
            j.plannedStart = start;
            j.plannedNodeIdx = placement.nodes();
            if (start > now) {
                for (ControllerListener l : listeners) { // a plain loop: no lambda per reservation
                    l.planned(j, start);
                }
            } else {
                starts.add(new Start(j, placement.toAllocation()));
                if (j.isArrayTask()) {
                    perArray.merge(j.arrayJobId, 1, Integer::sum);
                }
            }
        }
        return starts;
    }

    /**
     * The first job from {@code from} on that might still start now in the profile as it stands
     * ({@code tested.size()} if none). Jobs ruled out stay ruled out for the rest of the pass, as
     * reservations only take resources away, so the caller can resume the search where it ended.
     */
    private int nextMaybeStartable(AvailabilityProfile profile, List<Job> tested, int from, boolean[] usable) {
        int k = from;
        while (k < tested.size() && !mightStartNow(profile, tested.get(k), usable)) {
            k++;
        }
        return k;
    }

    private boolean mightStartNow(AvailabilityProfile profile, Job j, boolean[] usable) {
        return profile.mightStartNow(j, window(j), j.partition.nodeIndicesShared(), usable);
    }

    /** Seconds a job must fit for: its time limit, or the whole bf_window when it has none. */
    private long window(Job j) {
        return j.timeLimitMin == SlurmTimes.INFINITE ? settings.bfWindowMin() * 60L : j.timeLimitMin * 60;
    }
}
