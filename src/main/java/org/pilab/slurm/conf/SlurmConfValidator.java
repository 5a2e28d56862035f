package org.pilab.slurm.conf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.time.SlurmDuration;

/**
 * Whole-file checks slurmctld makes after the line parser: values of global keys
 * (_validate_and_set_defaults), a controller, node and partition tables (read_slurm_conf).
 * slurmctld stops at the first fatal stage, so a later stage is checked only if the earlier
 * ones passed.
 */
final class SlurmConfValidator {

    private static final Set<String> SELECT_PARAMS = Set.of("CR_CPU", "CR_CPU_MEMORY",
            "CR_CORE", "CR_CORE_MEMORY", "CR_SOCKET", "CR_SOCKET_MEMORY", "CR_MEMORY",
            "CR_LLN", "CR_PACK_NODES", "CR_ONE_TASK_PER_CORE", "CR_CORE_DEFAULT_DIST_BLOCK",
            "CR_BOARD", "OTHER_CONS_RES", "OTHER_CONS_TRES");

    private final String file;
    private final int lastLine;
    private final List<Diagnostic> out;

    SlurmConfValidator(String file, int lastLine, List<Diagnostic> out) {
        this.file = file;
        this.lastLine = lastLine;
        this.out = out;
    }

    void validate(SlurmConfig config, List<Setting> settings, List<Integer> settingLines,
            List<Integer> nodeLineNumbers, List<Integer> partitionLineNumbers) {
        if (!checkGlobalValues(settings, settingLines)) {
            return;
        }
        if (config.primaryController().isEmpty()) {
            add(Severity.ERROR, lastLine, "SlurmctldHost",
                    List.of("error: No SlurmctldHost defined.", ParseResult.FATAL_UNABLE),
                    "add SlurmctldHost=<controller hostname>, e.g. SlurmctldHost=pi01(10.0.0.11)");
            return;
        }
        List<NodeConfig> nodes = checkNodes(config, nodeLineNumbers);
        if (nodes == null) {
            return;
        }
        checkPartitions(config, nodes, partitionLineNumbers);
        checkMemoryDefaults(config, settings, settingLines);
    }

    private boolean checkGlobalValues(List<Setting> settings, List<Integer> lines) {
        boolean ok = true;
        for (int i = 0; i < settings.size(); i++) {
            Setting s = settings.get(i);
            int line = lines.get(i);
            String key = s.key();
            String value = s.value();
            switch (key) {
                case "PriorityDecayHalfLife", "PriorityMaxAge" -> {
                    if (!SlurmDuration.isValid(value)) {
                        ok = fatal(line, key, "error: Bad value \"" + value + "\" for " + key,
                                key + " takes a time such as 7-0 (days-hours) or 14-0");
                    }
                }
                case "EnforcePartLimits" -> {
                    String v = value.toUpperCase(Locale.ROOT);
                    if (!Set.of("NO", "YES", "ANY", "ALL").contains(v)) {
                        // slurmctld 22.05 prints this twice, the first with a stray newline.
                        String error = "error: Bad EnforcePartLimits: " + value;
                        add(Severity.ERROR, line, key, List.of(error, "", error,
                                ParseResult.FATAL_UNABLE),
                                "EnforcePartLimits is NO, ANY, ALL or YES (= ANY)");
                        ok = false;
                    }
                }
                case "SelectTypeParameters" -> {
                    for (String p : value.split(",")) {
                        if (!SELECT_PARAMS.contains(p.toUpperCase(Locale.ROOT))) {
                            String error = "error: Bad SelectTypeParameter: " + value;
                            add(Severity.ERROR, line, key, List.of(error, error,
                                    ParseResult.FATAL_UNABLE),
                                    "use e.g. CR_Core_Memory (with DefMemPerCPU) or CR_Core");
                            ok = false;
                            break;
                        }
                    }
                }
                case "SchedulerParameters" -> SchedulerParameters.parse(value,
                        problem -> add(Severity.WARNING, line, key, List.of(),
                                "bf_interval, bf_window, bf_resolution, bf_max_job_test,"
                                        + " batch_sched_delay, default_queue_depth and"
                                        + " sched_interval take whole numbers; SLURM ignores"
                                        + " a bad one and keeps its default"));
                default -> {
                    // path and plugin keys are kept verbatim
                }
            }
        }
        return ok;
    }

    private List<NodeConfig> checkNodes(SlurmConfig config, List<Integer> nodeLineNumbers) {
        List<NodeConfig> all = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<NodeLine> prefix = new ArrayList<>();
        for (int i = 0; i < config.nodeLines().size(); i++) {
            NodeLine nl = config.nodeLines().get(i);
            prefix.add(nl);
            int line = nodeLineNumbers.get(i);
            if (nl.isDefault()) {
                continue;
            }
            List<NodeConfig> fromThisLine;
            try {
                // Resolve with the DEFAULT lines seen so far, then keep only this line's nodes.
                List<NodeConfig> resolved = ConfigResolver.nodes(prefix);
                fromThisLine = resolved.subList(all.size(), resolved.size());
            } catch (IllegalArgumentException e) {
                String key = e.getMessage().startsWith("NodeHostname") ? "NodeHostname"
                        : "NodeAddr";
                add(Severity.ERROR, line, key, List.of("fatal: " + e.getMessage()), "give one "
                        + key + " per node name, in the same order, or a single one for all");
                return null;
            }
            for (NodeConfig n : fromThisLine) {
                Integer earlier = firstLine.putIfAbsent(n.name(), line);
                if (earlier != null) {
                    add(Severity.ERROR, line, "NodeName", List.of("fatal: Duplicated NodeName "
                            + n.name() + " in the config file"), n.name()
                            + " is already defined on line " + earlier
                            + ": define each node on one NodeName line only");
                    return null;
                }
            }
            NodeLine effective = nl;
            NodeConfig sample = fromThisLine.get(0);
            int sct = sample.sockets() * sample.coresPerSocket() * sample.threadsPerCore();
            if (sample.cpus() != sample.sockets() && sample.cpus() != sample.sockets()
                    * sample.coresPerSocket() && sample.cpus() != sct) {
                // slurmctld 22.05 reads node lines twice and prints this both times.
                String error = "error: NodeNames=" + effective.names() + " CPUs=" + sample.cpus()
                        + " match no Sockets, Sockets*CoresPerSocket or"
                        + " Sockets*CoresPerSocket*ThreadsPerCore. Resetting CPUs.";
                add(Severity.WARNING, line, "CPUs", List.of(error, error),
                        "make CPUs equal SocketsPerBoard x CoresPerSocket x ThreadsPerCore"
                                + " (paste the slurmd -C line)");
            }
            all.addAll(fromThisLine);
        }
        if (all.isEmpty()) {
            add(Severity.ERROR, lastLine, "NodeName",
                    List.of("error: read_slurm_conf: no nodes configured.",
                            "fatal: read_slurm_conf reading " + file + ": Invalid argument"),
                    "add NodeName lines, e.g. paste the line `slurmd -C` prints on each Pi");
            return null;
        }
        return all;
    }

    private void checkPartitions(SlurmConfig config, List<NodeConfig> nodes,
            List<Integer> partitionLineNumbers) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> nodeNames = new java.util.HashSet<>();
        for (NodeConfig n : nodes) {
            nodeNames.add(n.name());
        }
        String currentDefault = null;
        for (int i = 0; i < config.partitionLines().size(); i++) {
            PartitionLine p = config.partitionLines().get(i);
            int line = partitionLineNumbers.get(i);
            if (p.isDefaultLine()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(p.name(), line);
            if (earlier != null) {
                add(Severity.ERROR, line, "PartitionName", List.of(
                        "fatal: _build_single_partitionline_info: duplicate entry for partition "
                                + p.name()), "partition " + p.name() + " is already defined on"
                                + " line " + earlier + ": rename one or merge the two lines");
                return;
            }
        }
        List<PartitionConfig> partitions = ConfigResolver.partitions(config.partitionLines(),
                nodes);
        int index = 0;
        for (int i = 0; i < config.partitionLines().size(); i++) {
            if (config.partitionLines().get(i).isDefaultLine()) {
                continue;
            }
            PartitionConfig p = partitions.get(index++);
            int line = partitionLineNumbers.get(i);
            for (String member : p.nodes()) {
                if (!nodeNames.contains(member)) {
                    add(Severity.ERROR, line, "Nodes", List.of(
                            "error: _find_node_record: lookup failure for node \"" + member
                                    + "\"",
                            "build_part_bitmap: invalid node name " + member + " in partition",
                            "fatal: Invalid node names in partition " + p.name()),
                            "partition " + p.name() + " lists " + member + ", which no NodeName"
                                    + " line defines; known nodes: "
                                    + HostList.compress(new ArrayList<>(namesInOrder(nodes))));
                    return;
                }
            }
            if (p.isDefault()) {
                if (currentDefault != null && !currentDefault.equals(p.name())) {
                    add(Severity.NOTICE, line, "Default", List.of(
                            "_parse_part_spec: changing default partition from " + currentDefault
                                    + " to " + p.name()), "only the last Default=YES counts: "
                            + p.name() + " is now the default partition");
                }
                currentDefault = p.name();
            }
        }
    }

    /** Gotcha from the testbed: CR_*_Memory without DefMemPerCPU gives jobs whole nodes. */
    private void checkMemoryDefaults(SlurmConfig config, List<Setting> settings,
            List<Integer> lines) {
        String params = config.selectTypeParameters().orElse("").toUpperCase(Locale.ROOT);
        if (!params.contains("MEMORY") || config.defMemPerCpu().isPresent()
                || config.value("DefMemPerNode").isPresent()) {
            return;
        }
        boolean partitionDefaults = config.partitions().stream()
                .allMatch(p -> p.defMemPerCpu() != null);
        if (partitionDefaults && !config.partitions().isEmpty()) {
            return;
        }
        int line = lastLine;
        for (int i = 0; i < settings.size(); i++) {
            if (settings.get(i).key().equals("SelectTypeParameters")) {
                line = lines.get(i);
            }
        }
        add(Severity.WARNING, line, "DefMemPerCPU", List.of(), "with " + config
                .selectTypeParameters().orElse("") + " a job without --mem takes all of a node's"
                + " memory, so jobs cannot share a Pi: add DefMemPerCPU=256 (MB)");
    }

    private static List<String> namesInOrder(List<NodeConfig> nodes) {
        List<String> names = new ArrayList<>();
        for (NodeConfig n : nodes) {
            names.add(n.name());
        }
        return names;
    }

    private boolean fatal(int line, String key, String error, String hint) {
        add(Severity.ERROR, line, key, List.of(error, ParseResult.FATAL_UNABLE), hint);
        return false;
    }

    private void add(Severity severity, int line, String key, List<String> log, String hint) {
        out.add(new Diagnostic(severity, file, line, key, log, hint));
    }
}
