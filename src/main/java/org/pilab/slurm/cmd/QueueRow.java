package org.pilab.slurm.cmd;

import org.pilab.slurm.ctl.Job;

/**
 * One squeue line: a job, a started array task, or the pending remainder of an array collapsed
 * to {@code 1080_[5-1024]} (then {@code job} is its first pending task and {@code taskRanges} set).
 */
record QueueRow(Job job, String taskRanges) {

    String id() {
        if (taskRanges != null) {
            return job.arrayJobId() + "_[" + taskRanges + "]";
        }
        return job.displayId();
    }

    /** The id rows are first ordered by: the array's id for every task of an array, so tasks stay together. */
    long sortId() {
        return job.isArrayTask() ? job.arrayJobId() : job.id();
    }
}
