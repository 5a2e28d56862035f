package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parts of slurm.conf text that the controller needs into a {@link ClusterSpec}.
 * Deliberately lenient (validation and the daemon's error messages belong to the slurm.conf
 * validator); it exists so the controller can be built from plain text in tests and scenarios.
 */
public final class ConfReader {

    private ConfReader() {
    }

    /** Parses slurm.conf text; {@code source} names the file in error messages. */
    public static ClusterSpec parse(String text, String source) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> nodeDefaults = new LinkedHashMap<>();
        Map<String, String> partDefaults = new LinkedHashMap<>();
        List<NodeSpec> nodes = new ArrayList<>();
        List<Map<String, String>> partLines = new ArrayList<>();
        int lineNo = 0;
        for (String rawLine : text.split("\n")) {
            lineNo++;
            String line = stripComment(rawLine).trim();
            if (line.isEmpty()) {
                continue;
            }
            Map<String, String> kv = pairs(line, source, lineNo);
            if (kv.isEmpty()) {
                continue;
            }
            String firstKey = kv.keySet().iterator().next();
            if (firstKey.equalsIgnoreCase("NodeName")) {
                String name = kv.get(firstKey);
                if (name.equalsIgnoreCase("DEFAULT")) {
                    nodeDefaults.putAll(lower(kv));
                    continue;
                }
                Map<String, String> merged = new LinkedHashMap<>(nodeDefaults);
                merged.putAll(lower(kv));
                for (String host : HostList.expand(name)) {
                    nodes.add(node(host, merged, source, lineNo));
                }
            } else if (firstKey.equalsIgnoreCase("PartitionName")) {
                if (kv.get(firstKey).equalsIgnoreCase("DEFAULT")) {
                    partDefaults.putAll(lower(kv));
                    continue;
                }
                Map<String, String> merged = new LinkedHashMap<>(partDefaults);
                merged.putAll(lower(kv));
                merged.put("partitionname", kv.get(firstKey));
                partLines.add(merged);
            } else {
                for (Map.Entry<String, String> e : kv.entrySet()) {
                    raw.put(e.getKey(), e.getValue());
                }
            }
        }
        List<String> allNames = nodes.stream().map(NodeSpec::name).toList();
        List<PartitionSpec> parts = new ArrayList<>();
        int defaultIndex = -1;
        for (Map<String, String> p : partLines) {
            String nodesExpr = p.getOrDefault("nodes", "");
            List<String> members = nodesExpr.equalsIgnoreCase("ALL") ? allNames : HostList.expand(nodesExpr);
            boolean isDefault = p.getOrDefault("default", "NO").equalsIgnoreCase("YES");
            if (isDefault) {
                defaultIndex = parts.size(); // a later Default=YES wins, as slurmctld does
            }
            parts.add(new PartitionSpec(p.get("partitionname"), members, false,
                    limit(p.get("maxtime"), source), limit(p.get("defaulttime"), source),
                    p.containsKey("maxnodes") && !p.get("maxnodes").equalsIgnoreCase("UNLIMITED")
                            ? Integer.parseInt(p.get("maxnodes")) : -1,
                    Integer.parseInt(p.getOrDefault("prioritytier", "1")),
                    Integer.parseInt(p.getOrDefault("priorityjobfactor", "1")),
                    p.getOrDefault("oversubscribe", "NO").toUpperCase(Locale.ROOT),
                    p.getOrDefault("state", "UP").toUpperCase(Locale.ROOT)));
        }
        if (defaultIndex >= 0) {
            PartitionSpec d = parts.get(defaultIndex);
            parts.set(defaultIndex, new PartitionSpec(d.name(), d.nodes(), true, d.maxTimeMin(), d.defaultTimeMin(),
                    d.maxNodes(), d.priorityTier(), d.priorityJobFactor(), d.overSubscribe(), d.state()));
        }
        String controller = raw.getOrDefault("SlurmctldHost", raw.getOrDefault("ControlMachine", "slurmctl"));
        int paren = controller.indexOf('(');
        if (paren > 0) {
            controller = controller.substring(0, paren);
        }
        return new ClusterSpec(raw.getOrDefault("ClusterName", "cluster"), controller, nodes, parts,
                settings(raw), raw);
    }

    private static SchedulerSettings settings(Map<String, String> raw) {
        SchedulerSettings d = SchedulerSettings.defaults();
        Map<String, String> sp = new LinkedHashMap<>();
        for (String item : raw.getOrDefault("SchedulerParameters", "").split(",")) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                sp.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
            }
        }
        int credExpire = d.credExpire();
        for (String item : raw.getOrDefault("AuthInfo", "").split(",")) {
            if (item.startsWith("cred_expire=")) {
                credExpire = Integer.parseInt(item.substring("cred_expire=".length()));
            }
        }
        String selectParams = raw.getOrDefault("SelectTypeParameters", "CR_Core_Memory");
        String enforce = raw.getOrDefault("EnforcePartLimits", "NO").toUpperCase(Locale.ROOT);
        String acct = raw.getOrDefault("AccountingStorageType", "accounting_storage/none");
        return new SchedulerSettings(
                raw.getOrDefault("SchedulerType", d.schedulerType()),
                raw.getOrDefault("PriorityType", d.priorityType()),
                lng(raw, "PriorityWeightAge", 0), lng(raw, "PriorityWeightFairshare", 0),
                lng(raw, "PriorityWeightJobSize", 0), lng(raw, "PriorityWeightPartition", 0),
                lng(raw, "PriorityWeightQOS", 0),
                raw.containsKey("PriorityMaxAge") ? SlurmTimes.parseSeconds(raw.get("PriorityMaxAge"))
                        : d.priorityMaxAgeSec(),
                raw.getOrDefault("PriorityFavorSmall", "NO").equalsIgnoreCase("YES"),
                intOr(sp, "bf_interval", d.bfInterval()), intOr(sp, "bf_window", d.bfWindowMin()),
                intOr(sp, "bf_resolution", d.bfResolution()), intOr(sp, "bf_max_job_test", d.bfMaxJobTest()),
                intOr(sp, "default_queue_depth", d.defaultQueueDepth()),
                intOr(sp, "sched_interval", d.schedInterval()),
                lng(raw, "DefMemPerCPU", 0),
                selectParams.toUpperCase(Locale.ROOT).contains("MEMORY"),
                !(enforce.equals("NO") || enforce.isEmpty()),
                (int) lng(raw, "MaxArraySize", d.maxArraySize()),
                (int) lng(raw, "SlurmdTimeout", d.slurmdTimeout()),
                (int) lng(raw, "ReturnToService", d.returnToService()),
                !raw.getOrDefault("JobRequeue", "1").equals("0"),
                (int) lng(raw, "MinJobAge", d.minJobAge()),
                !acct.equals("accounting_storage/none"),
                credExpire);
    }

    private static int intOr(Map<String, String> m, String k, int dflt) {
        return m.containsKey(k) ? Integer.parseInt(m.get(k)) : dflt;
    }

    private static long lng(Map<String, String> m, String k, long dflt) {
        return m.containsKey(k) ? Long.parseLong(m.get(k)) : dflt;
    }

    private static long limit(String v, String source) {
        if (v == null) {
            return SlurmTimes.INFINITE;
        }
        try {
            return SlurmTimes.parseLimitMinutes(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": Bad value \"" + v + "\" for a partition time limit");
        }
    }

    private static NodeSpec node(String host, Map<String, String> kv, String source, int lineNo) {
        try {
            int sockets = Integer.parseInt(kv.getOrDefault("socketsperboard", kv.getOrDefault("sockets", "1")));
            int cores = Integer.parseInt(kv.getOrDefault("corespersocket", "0"));
            int threads = Integer.parseInt(kv.getOrDefault("threadspercore", "1"));
            int cpus = kv.containsKey("cpus") ? Integer.parseInt(kv.get("cpus"))
                    : Math.max(1, sockets * Math.max(cores, 1) * threads);
            if (cores == 0) {
                cores = cpus / sockets / threads;
            }
            long mem = Long.parseLong(kv.getOrDefault("realmemory", "1"));
            return new NodeSpec(host, cpus, mem, sockets, cores, threads);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + lineNo + ": NodeName=" + host
                    + " has a value that is not a number (" + e.getMessage() + ")");
        }
    }

    private static Map<String, String> lower(Map<String, String> kv) {
        Map<String, String> out = new LinkedHashMap<>();
        kv.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static Map<String, String> pairs(String line, String source, int lineNo) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String tok : line.trim().split("\\s+")) {
            int eq = tok.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": expected Key=Value, got \"" + tok + "\"");
            }
            kv.put(tok.substring(0, eq), tok.substring(eq + 1));
        }
        return kv;
    }
}
