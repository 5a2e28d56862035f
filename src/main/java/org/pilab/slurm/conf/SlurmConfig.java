package org.pilab.slurm.conf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.pilab.slurm.time.SlurmDuration;

/**
 * A slurm.conf: global settings (kept in the conventional order, see SettingOrder; SLURM
 * ignores their order), controller hosts, NodeName lines and
 * PartitionName lines as written (DEFAULT lines included, so writing and re-reading gives an
 * equal value). The typed accessors apply SLURM 22.05's defaults for unset keys.
 */
public record SlurmConfig(List<Setting> settings, List<ControllerHost> controllers,
        List<NodeLine> nodeLines, List<PartitionLine> partitionLines) {

    public SlurmConfig {
        settings = List.copyOf(SettingOrder.sort(settings));
        controllers = List.copyOf(controllers);
        nodeLines = List.copyOf(nodeLines);
        partitionLines = List.copyOf(partitionLines);
    }

    /** The last value given for a global key (SLURM uses the latest), ignoring case. */
    public Optional<String> value(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        String found = null;
        for (Setting s : settings) {
            if (s.key().toLowerCase(Locale.ROOT).equals(wanted)) {
                found = s.value();
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<String> clusterName() {
        return value("ClusterName");
    }

    /** The primary controller: the first SlurmctldHost (or legacy ControlMachine). */
    public Optional<ControllerHost> primaryController() {
        if (!controllers.isEmpty()) {
            return Optional.of(controllers.get(0));
        }
        return value("ControlMachine").map(h -> new ControllerHost(h,
                value("ControlAddr").orElse(null)));
    }

    public String schedulerType() {
        return value("SchedulerType").orElse("sched/backfill");
    }

    public SchedulerParameters schedulerParameters() {
        return SchedulerParameters.parse(value("SchedulerParameters").orElse(null), e -> { });
    }

    /** 22.05's default is select/linear (23.02 changed it to select/cons_tres). */
    public String selectType() {
        return value("SelectType").orElse("select/linear");
    }

    public Optional<String> selectTypeParameters() {
        return value("SelectTypeParameters");
    }

    public OptionalLong defMemPerCpu() {
        return optionalNumber("DefMemPerCPU");
    }

    public String priorityType() {
        return value("PriorityType").orElse("priority/basic");
    }

    public PriorityWeights priorityWeights() {
        return new PriorityWeights(number("PriorityWeightAge", 0),
                number("PriorityWeightAssoc", 0), number("PriorityWeightFairshare", 0),
                number("PriorityWeightJobSize", 0), number("PriorityWeightPartition", 0),
                number("PriorityWeightQOS", 0), value("PriorityWeightTRES").orElse(null));
    }

    /** PriorityDecayHalfLife in minutes; SLURM's default is 7 days. */
    public long priorityDecayHalfLifeMinutes() {
        return value("PriorityDecayHalfLife").map(SlurmDuration::parseMinutes)
                .orElse(7L * 24 * 60);
    }

    /** PriorityMaxAge in minutes; SLURM's default is 7 days. */
    public long priorityMaxAgeMinutes() {
        return value("PriorityMaxAge").map(SlurmDuration::parseMinutes).orElse(7L * 24 * 60);
    }

    public long slurmdTimeoutSeconds() {
        return number("SlurmdTimeout", 300);
    }

    public long returnToService() {
        return number("ReturnToService", 0);
    }

    /** Array indices run 0..MaxArraySize-1. */
    public long maxArraySize() {
        return number("MaxArraySize", 1001);
    }

    /** NO, YES, ANY or ALL, upper-cased. */
    public String enforcePartLimits() {
        return value("EnforcePartLimits").orElse("NO").toUpperCase(Locale.ROOT);
    }

    public boolean jobRequeue() {
        return number("JobRequeue", 1) != 0;
    }

    /** Nodes with host lists expanded and DEFAULT values applied, in file order. */
    public List<NodeConfig> nodes() {
        return ConfigResolver.nodes(nodeLines);
    }

    /** Partitions with DEFAULT values applied and node lists expanded, in file order. */
    public List<PartitionConfig> partitions() {
        return ConfigResolver.partitions(partitionLines, nodes());
    }

    /** The partition jobs go to without -p: the last one marked Default=YES. */
    public Optional<PartitionConfig> defaultPartition() {
        PartitionConfig found = null;
        for (PartitionConfig p : partitions()) {
            if (p.isDefault()) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    private long number(String key, long fallback) {
        OptionalLong v = optionalNumber(key);
        return v.isPresent() ? v.getAsLong() : fallback;
    }

    private OptionalLong optionalNumber(String key) {
        Optional<String> raw = value(key);
        if (raw.isEmpty()) {
            return OptionalLong.empty();
        }
        KeySpec spec = SlurmConfKeys.global(key).orElseThrow();
        try {
            return OptionalLong.of(ConfNumbers.parse(spec, raw.get()));
        } catch (ConfNumbers.BadValue e) {
            throw new IllegalArgumentException("slurm.conf: " + e.getMessage());
        }
    }
}
