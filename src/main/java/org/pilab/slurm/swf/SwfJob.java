package org.pilab.slurm.swf;

/**
 * One SWF record. Every field is -1 when the trace does not know it. Times are seconds
 * (submit time relative to the trace start), memory is KB per processor, as the format defines.
 *
 * @param status 1 completed, 0 failed, 5 cancelled (2-4 for partial executions)
 * @param line the line of the trace it came from, for messages
 */
public record SwfJob(long jobNumber, long submitTime, long waitTime, long runTime,
        long allocatedProcessors, double averageCpuTime, double usedMemory,
        long requestedProcessors, long requestedTime, double requestedMemory, int status,
        long userId, long groupId, long applicationId, long queueId, long partitionId,
        long precedingJob, long thinkTime, int line) {

    public static final int COMPLETED = 1;
    public static final int FAILED = 0;
    public static final int CANCELLED = 5;

    /** Processors to ask the scheduler for: requested if known, else allocated. */
    public long processors() {
        return requestedProcessors > 0 ? requestedProcessors : allocatedProcessors;
    }

    /** The time limit the user gave, or -1. */
    public boolean hasRequestedTime() {
        return requestedTime > 0;
    }
}
