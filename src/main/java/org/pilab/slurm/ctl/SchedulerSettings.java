package org.pilab.slurm.ctl;

/**
 * The slurm.conf settings that shape scheduling and node handling, with SLURM 22.05 defaults
 * (see {@link #defaults()}). Times are seconds unless named otherwise. {@code wholeNodes} is
 * select/linear (SLURM 22.05's default): every job gets whole nodes.
 */
public record SchedulerSettings(
        String schedulerType,
        String priorityType,
        long weightAge,
        long weightFairshare,
        long weightJobSize,
        long weightPartition,
        long weightQos,
        long priorityMaxAgeSec,
        boolean favorSmall,
        int bfInterval,
        int bfWindowMin,
        int bfResolution,
        int bfMaxJobTest,
        int defaultQueueDepth,
        int schedInterval,
        long defMemPerCpu,
        boolean memoryTracked,
        boolean enforcePartLimits,
        int maxArraySize,
        int slurmdTimeout,
        int returnToService,
        boolean jobRequeue,
        int minJobAge,
        boolean accountingEnabled,
        int credExpire,
        boolean wholeNodes) {

    /** SLURM 22.05's defaults (sched/backfill, priority/basic, bf_interval=30, ...). */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings("sched/backfill", "priority/basic", 0, 0, 0, 0, 0, 7 * 86400L, false,
                30, 1440, 60, 100, 100, 60, 0, false, false, 1001, 300, 0, true, 300, false, 120, false);
    }

    public boolean backfill() {
        return schedulerType.equals("sched/backfill");
    }

    public boolean multifactor() {
        return priorityType.equals("priority/multifactor");
    }

    /** The same settings with bf_interval and bf_max_job_test replaced. */
    public SchedulerSettings withBackfill(int interval, int maxJobTest) {
        return new SchedulerSettings(schedulerType, priorityType, weightAge, weightFairshare, weightJobSize,
                weightPartition, weightQos, priorityMaxAgeSec, favorSmall, interval, bfWindowMin, bfResolution,
                maxJobTest, defaultQueueDepth, schedInterval, defMemPerCpu, memoryTracked, enforcePartLimits,
                maxArraySize, slurmdTimeout, returnToService, jobRequeue, minJobAge, accountingEnabled, credExpire,
                wholeNodes);
    }

    public SchedulerSettings withSchedulerType(String type) {
        return new SchedulerSettings(type, priorityType, weightAge, weightFairshare, weightJobSize, weightPartition,
                weightQos, priorityMaxAgeSec, favorSmall, bfInterval, bfWindowMin, bfResolution, bfMaxJobTest,
                defaultQueueDepth, schedInterval, defMemPerCpu, memoryTracked, enforcePartLimits, maxArraySize,
                slurmdTimeout, returnToService, jobRequeue, minJobAge, accountingEnabled, credExpire, wholeNodes);
    }
}
