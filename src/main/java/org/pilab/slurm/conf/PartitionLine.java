package org.pilab.slurm.conf;

import java.util.Locale;
import java.util.Map;

/**
 * One PartitionName line as written ({@code name} may be {@code DEFAULT}). Times are minutes,
 * {@link org.pilab.slurm.time.SlurmDuration#INFINITE} for INFINITE/UNLIMITED; unset fields are
 * null.
 *
 * @param nodes host list, {@code ALL}, or null
 * @param overSubscribe as written, upper-cased: NO, YES, YES:4, FORCE, FORCE:2, EXCLUSIVE
 * @param state UP, DOWN, DRAIN or INACTIVE
 * @param extras other partition keys SLURM accepts, by canonical name
 */
public record PartitionLine(String name, String nodes, Boolean isDefault, Long maxTimeMinutes,
        Long defaultTimeMinutes, Long maxNodes, Integer priorityTier, String overSubscribe,
        String state, Long maxMemPerNode, Long defMemPerCpu, Map<String, String> extras) {

    public PartitionLine {
        extras = Map.copyOf(extras);
    }

    public static PartitionLine of(String name, String nodes, boolean isDefault,
            long maxTimeMinutes) {
        return new PartitionLine(name, nodes, isDefault, maxTimeMinutes, null, null, null, null,
                "UP", null, null, Map.of());
    }

    public boolean isDefaultLine() {
        return name.toUpperCase(Locale.ROOT).equals("DEFAULT");
    }
}
