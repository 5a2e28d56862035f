package org.pilab.slurm.conf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pilab.slurm.time.SlurmDuration;

/**
 * Converts NodeName/PartitionName key=value fields (canonical keys, values already checked by
 * the parser) to records and back, in the order SLURM's documentation and most sites write
 * them.
 */
final class LineFields {

    private LineFields() {
    }

    static NodeLine toNode(String names, Map<String, String> fields) {
        Map<String, String> extras = new LinkedHashMap<>(fields);
        String features = remove(extras, "Features");
        String feature = remove(extras, "Feature");
        return new NodeLine(names, remove(extras, "NodeAddr"), remove(extras, "NodeHostname"),
                int16(remove(extras, "CPUs"), "CPUs"), int16(remove(extras, "Boards"), "Boards"),
                int16(remove(extras, "SocketsPerBoard"), "SocketsPerBoard"),
                int16(remove(extras, "CoresPerSocket"), "CoresPerSocket"),
                int16(remove(extras, "ThreadsPerCore"), "ThreadsPerCore"),
                number(remove(extras, "RealMemory"), "RealMemory"), remove(extras, "State"),
                number(remove(extras, "Weight"), "Weight"),
                features != null ? features : feature, extras);
    }

    static Map<String, String> fromNode(NodeLine n) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "NodeAddr", n.nodeAddr());
        put(f, "NodeHostname", n.nodeHostname());
        put(f, "CPUs", n.cpus());
        put(f, "Boards", n.boards());
        put(f, "SocketsPerBoard", n.socketsPerBoard());
        put(f, "CoresPerSocket", n.coresPerSocket());
        put(f, "ThreadsPerCore", n.threadsPerCore());
        put(f, "RealMemory", n.realMemory());
        put(f, "Weight", n.weight());
        put(f, "Features", n.features());
        n.extras().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> f.put(e.getKey(), e.getValue()));
        put(f, "State", n.state());
        return f;
    }

    /** Assumes MaxTime, DefaultTime, State and OverSubscribe were checked by the parser. */
    static PartitionLine toPartition(String name, Map<String, String> fields) {
        Map<String, String> extras = new LinkedHashMap<>(fields);
        String def = remove(extras, "Default");
        String maxTime = remove(extras, "MaxTime");
        String defaultTime = remove(extras, "DefaultTime");
        String maxNodes = remove(extras, "MaxNodes");
        String over = remove(extras, "OverSubscribe");
        String shared = remove(extras, "Shared");
        String state = remove(extras, "State");
        Long nodesLimit = number(maxNodes, "MaxNodes");
        if (nodesLimit != null && nodesLimit == ConfNumbers.INFINITE32) {
            nodesLimit = SlurmDuration.INFINITE;
        }
        String overSubscribe = over != null ? over : shared;
        return new PartitionLine(name, remove(extras, "Nodes"),
                def == null ? null : bool(def),
                maxTime == null ? null : SlurmDuration.parseMinutes(maxTime),
                defaultTime == null ? null : SlurmDuration.parseMinutes(defaultTime),
                nodesLimit, int16(remove(extras, "PriorityTier"), "PriorityTier"),
                overSubscribe == null ? null : overSubscribe.toUpperCase(Locale.ROOT),
                state == null ? null : partitionState(state),
                number(remove(extras, "MaxMemPerNode"), "MaxMemPerNode"),
                number(remove(extras, "DefMemPerCPU"), "DefMemPerCPU"), extras);
    }

    static Map<String, String> fromPartition(PartitionLine p) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "Nodes", p.nodes());
        if (p.isDefault() != null) {
            f.put("Default", p.isDefault() ? "YES" : "NO");
        }
        if (p.maxTimeMinutes() != null) {
            f.put("MaxTime", minutes(p.maxTimeMinutes()));
        }
        if (p.defaultTimeMinutes() != null) {
            f.put("DefaultTime", minutes(p.defaultTimeMinutes()));
        }
        if (p.maxNodes() != null) {
            f.put("MaxNodes", p.maxNodes() == SlurmDuration.INFINITE ? "UNLIMITED"
                    : Long.toString(p.maxNodes()));
        }
        put(f, "PriorityTier", p.priorityTier());
        put(f, "OverSubscribe", p.overSubscribe());
        put(f, "MaxMemPerNode", p.maxMemPerNode());
        put(f, "DefMemPerCPU", p.defMemPerCpu());
        p.extras().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> f.put(e.getKey(), e.getValue()));
        put(f, "State", p.state());
        return f;
    }

    /** SLURM matches partition states by prefix (read_config.c uses xstrncasecmp). */
    static String partitionState(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (String state : new String[] {"DOWN", "UP", "DRAIN", "INACTIVE"}) {
            if (upper.startsWith(state)) {
                return state;
            }
        }
        return null;
    }

    /** NO, EXCLUSIVE, YES, YES:n, FORCE, FORCE:n as read_config.c accepts them. */
    static boolean validOverSubscribe(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return upper.equals("NO") || upper.equals("EXCLUSIVE") || upper.equals("YES")
                || upper.equals("FORCE") || upper.startsWith("YES:")
                || upper.startsWith("FORCE:");
    }

    private static String minutes(long m) {
        return m == SlurmDuration.INFINITE ? "INFINITE" : SlurmDuration.formatLongMinutes(m);
    }

    private static Boolean bool(String value) {
        try {
            return ConfNumbers.bool("Default", value);
        } catch (ConfNumbers.BadValue e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Integer int16(String value, String key) {
        Long n = number(value, key);
        return n == null ? null : n.intValue();
    }

    private static Long number(String value, String key) {
        if (value == null) {
            return null;
        }
        KeySpec spec = SlurmConfKeys.node(key).or(() -> SlurmConfKeys.partition(key))
                .orElseThrow();
        try {
            return ConfNumbers.parse(spec, value);
        } catch (ConfNumbers.BadValue e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String remove(Map<String, String> map, String key) {
        return map.remove(key);
    }

    private static void put(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
