package org.pilab.slurm.ctl;

/** Why a job waits (or why it ended), spelled as SLURM's job_reason_string() prints them. */
public enum JobReason {
    NONE("None"),
    PRIORITY("Priority"),
    RESOURCES("Resources"),
    DEPENDENCY("Dependency"),
    DEPENDENCY_NEVER_SATISFIED("DependencyNeverSatisfied"),
    BEGIN_TIME("BeginTime"),
    PARTITION_TIME_LIMIT("PartitionTimeLimit"),
    PARTITION_NODE_LIMIT("PartitionNodeLimit"),
    PARTITION_DOWN("PartitionDown"),
    PARTITION_INACTIVE("PartitionInactive"),
    REQ_NODE_NOT_AVAIL("ReqNodeNotAvail"),
    JOB_ARRAY_TASK_LIMIT("JobArrayTaskLimit"),
    JOB_HELD_USER("JobHeldUser"),
    JOB_HELD_ADMIN("JobHeldAdmin"),
    NON_ZERO_EXIT_CODE("NonZeroExitCode"),
    TIME_LIMIT("TimeLimit"),
    NODE_DOWN("NodeDown"),
    /** A job refused at submission after slurmctld made its record (FAIL_BAD_CONSTRAINTS). */
    BAD_CONSTRAINTS("BadConstraints");

    private final String text;

    JobReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
