package org.pilab.slurm.ctl;

/**
 * A job's multifactor priority broken into its weighted parts, as {@code sprio} lists them.
 * Each part is weight x factor (factor in [0, 1]).
 */
public record PriorityFactors(long total, long age, long fairshare, long jobSize, long partition, long qos,
        long nice) {
}
