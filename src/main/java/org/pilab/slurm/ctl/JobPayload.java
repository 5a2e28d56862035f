package org.pilab.slurm.ctl;

/**
 * What a job runs. Given the job's environment at start it returns the output, exit code and
 * virtual run time; it must be deterministic (same environment, same result) so simulations replay.
 */
@FunctionalInterface
public interface JobPayload {

    PayloadResult run(JobEnvironment env);

    /** A payload that runs for a fixed time and exits with {@code exitCode}, printing nothing. */
    static JobPayload fixed(long seconds, int exitCode) {
        PayloadResult r = PayloadResult.silent(exitCode, seconds);
        return env -> r;
    }
}
