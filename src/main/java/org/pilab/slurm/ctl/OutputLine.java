package org.pilab.slurm.ctl;

/** One piece of a job's output, written {@code atSecond} seconds after the job started. */
public record OutputLine(long atSecond, boolean stderr, String text) {
}
