package org.pilab.slurm.conf;

/**
 * The PriorityWeight* integers of the multifactor plugin (each 0 when not set) and the TRES
 * weight string as written (null when not set).
 */
public record PriorityWeights(long age, long assoc, long fairshare, long jobSize,
        long partition, long qos, String tres) {
}
