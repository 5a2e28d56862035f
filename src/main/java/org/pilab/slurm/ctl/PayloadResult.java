package org.pilab.slurm.ctl;

import java.util.List;

/**
 * What a job's payload did: its output (with virtual timestamps, so a job cut short by its time
 * limit keeps only what it wrote before), its exit code, and how long it runs in virtual seconds.
 */
public record PayloadResult(List<OutputLine> output, int exitCode, long durationSeconds) {

    public PayloadResult {
        output = List.copyOf(output);
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("a payload cannot run for negative time: " + durationSeconds);
        }
    }

    /** A payload that prints nothing and runs for {@code seconds}. */
    public static PayloadResult silent(int exitCode, long seconds) {
        return new PayloadResult(List.of(), exitCode, seconds);
    }
}
