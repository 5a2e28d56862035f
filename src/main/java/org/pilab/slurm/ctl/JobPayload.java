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
        return new FixedPayload(PayloadResult.silent(exitCode, seconds));
    }

    /** False when the payload ignores its environment (trace replay skips building it). */
    default boolean needsEnvironment() {
        return true;
    }

    /** A payload with a known result, independent of its environment. */
    record FixedPayload(PayloadResult result) implements JobPayload {
        @Override
        public PayloadResult run(JobEnvironment env) {
            return result;
        }

        @Override
        public boolean needsEnvironment() {
            return false;
        }
    }
}
