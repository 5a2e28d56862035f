package org.pilab.slurm.ctl;

/**
 * What one scheduler made of a trace. Waits and makespan are virtual seconds; utilisation is
 * busy core-seconds over (cores x makespan); bounded slowdown uses tau = 10 s.
 */
public record ReplayResult(String scheduler, int jobs, int completed, int skipped, long makespanSeconds,
        double utilisation, double meanWaitSeconds, double medianWaitSeconds, double p95WaitSeconds,
        double meanBoundedSlowdown, int backfilled) {
}
