package org.pilab.slurm.conf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.time.SlurmDuration;

/**
 * Applies DEFAULT lines and expands host lists, as read_config.c does after parsing. A DEFAULT
 * line applies to the lines after it; a second DEFAULT line overrides the keys it names and
 * keeps the others.
 */
final class ConfigResolver {

    private ConfigResolver() {
    }

    static List<NodeConfig> nodes(List<NodeLine> lines) {
        List<NodeConfig> out = new ArrayList<>();
        NodeLine defaults = null;
        for (NodeLine line : lines) {
            if (line.isDefault()) {
                defaults = defaults == null ? line : overlay(line, defaults);
                continue;
            }
            NodeLine n = defaults == null ? line : overlay(line, defaults);
            List<String> names = HostList.expand(n.names());
            List<String> hostnames = n.nodeHostname() == null ? names
                    : matchCount("NodeHostname", HostList.expand(n.nodeHostname()), names);
            List<String> addresses = n.nodeAddr() == null ? hostnames
                    : matchCount("NodeAddr", HostList.expand(n.nodeAddr()), names);
            int boards = positive(n.boards(), 1);
            int cores = positive(n.coresPerSocket(), 1);
            int threads = positive(n.threadsPerCore(), 1);
            int sockets;
            if (n.socketsPerBoard() != null) {
                sockets = boards * positive(n.socketsPerBoard(), 1);
            } else if (n.cpus() != null && n.cpus() >= cores * threads
                    && n.cpus() % (cores * threads) == 0) {
                sockets = n.cpus() / (cores * threads);
            } else {
                sockets = boards;
            }
            int cpus = n.cpus() == null ? sockets * cores * threads : positive(n.cpus(), 1);
            List<String> features = n.features() == null || n.features().isBlank() ? List.of()
                    : List.of(n.features().split(","));
            for (int i = 0; i < names.size(); i++) {
                out.add(new NodeConfig(names.get(i), addresses.get(i), hostnames.get(i), cpus,
                        boards, sockets, cores, threads,
                        n.realMemory() == null ? 1 : n.realMemory(),
                        n.state() == null ? "UNKNOWN" : n.state().toUpperCase(Locale.ROOT),
                        n.weight() == null ? 1 : n.weight(), features));
            }
        }
        return out;
    }

    static List<PartitionConfig> partitions(List<PartitionLine> lines, List<NodeConfig> nodes) {
        List<String> allNodes = new ArrayList<>();
        for (NodeConfig n : nodes) {
            allNodes.add(n.name());
        }
        List<PartitionConfig> out = new ArrayList<>();
        PartitionLine defaults = null;
        for (PartitionLine line : lines) {
            if (line.isDefaultLine()) {
                defaults = defaults == null ? line : overlay(line, defaults);
                continue;
            }
            PartitionLine p = defaults == null ? line : overlay(line, defaults);
            List<String> members;
            if (p.nodes() == null) {
                members = List.of();
            } else if (p.nodes().equalsIgnoreCase("ALL")) {
                members = allNodes;
            } else {
                members = HostList.expand(p.nodes());
            }
            out.add(new PartitionConfig(p.name(), members, Boolean.TRUE.equals(p.isDefault()),
                    p.maxTimeMinutes() == null ? SlurmDuration.INFINITE : p.maxTimeMinutes(),
                    p.defaultTimeMinutes(),
                    p.maxNodes() == null ? SlurmDuration.INFINITE : p.maxNodes(),
                    p.priorityTier() == null ? 1 : p.priorityTier(),
                    p.overSubscribe() == null ? "NO" : p.overSubscribe(),
                    p.state() == null ? "UP" : p.state(), p.maxMemPerNode(), p.defMemPerCpu()));
        }
        return out;
    }

    /**
     * SLURM pairs NodeAddr/NodeHostname lists with NodeName lists one to one, or repeats a
     * single value.
     */
    private static List<String> matchCount(String key, List<String> values, List<String> names) {
        if (values.size() == names.size()) {
            return values;
        }
        if (values.size() == 1) {
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                repeated.add(values.get(0));
            }
            return repeated;
        }
        // Worded as slurmctld 22.05 words it, "of" for "or" included.
        throw new IllegalArgumentException(key + " count must equal that of NodeName records of"
                + " there must be no more than one");
    }

    private static int positive(Integer value, int fallback) {
        return value == null || value == 0 ? fallback : value;
    }

    private static NodeLine overlay(NodeLine top, NodeLine base) {
        return new NodeLine(top.names(), first(top.nodeAddr(), base.nodeAddr()),
                first(top.nodeHostname(), base.nodeHostname()), first(top.cpus(), base.cpus()),
                first(top.boards(), base.boards()),
                first(top.socketsPerBoard(), base.socketsPerBoard()),
                first(top.coresPerSocket(), base.coresPerSocket()),
                first(top.threadsPerCore(), base.threadsPerCore()),
                first(top.realMemory(), base.realMemory()), first(top.state(), base.state()),
                first(top.weight(), base.weight()), first(top.features(), base.features()),
                merge(top.extras(), base.extras()));
    }

    private static PartitionLine overlay(PartitionLine top, PartitionLine base) {
        return new PartitionLine(top.name(), first(top.nodes(), base.nodes()),
                first(top.isDefault(), base.isDefault()),
                first(top.maxTimeMinutes(), base.maxTimeMinutes()),
                first(top.defaultTimeMinutes(), base.defaultTimeMinutes()),
                first(top.maxNodes(), base.maxNodes()),
                first(top.priorityTier(), base.priorityTier()),
                first(top.overSubscribe(), base.overSubscribe()),
                first(top.state(), base.state()),
                first(top.maxMemPerNode(), base.maxMemPerNode()),
                first(top.defMemPerCpu(), base.defMemPerCpu()),
                merge(top.extras(), base.extras()));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static Map<String, String> merge(Map<String, String> top, Map<String, String> base) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        merged.putAll(top);
        return merged;
    }
}
