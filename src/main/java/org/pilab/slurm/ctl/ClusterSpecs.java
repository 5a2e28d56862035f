package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pilab.slurm.conf.NodeConfig;
import org.pilab.slurm.conf.PartitionConfig;
import org.pilab.slurm.conf.PriorityWeights;
import org.pilab.slurm.conf.SchedulerParameters;
import org.pilab.slurm.conf.Setting;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.conf.SlurmConfig;
import org.pilab.slurm.time.SlurmDuration;

/** Builds the controller's {@link ClusterSpec} from a parsed slurm.conf ({@link SlurmConfig}). */
public final class ClusterSpecs {

    private ClusterSpecs() {
    }

    /** Parses slurm.conf text (slurmctld's fatal errors become the exception message). */
    public static ClusterSpec fromText(String slurmConf) {
        return from(SlurmConfParser.parseOrThrow(slurmConf));
    }

    public static ClusterSpec from(SlurmConfig conf) {
        List<NodeSpec> nodes = new ArrayList<>();
        for (NodeConfig n : conf.nodes()) {
            nodes.add(new NodeSpec(n.name(), n.cpus(), n.realMemoryMb(), n.sockets(), n.coresPerSocket(),
                    n.threadsPerCore(), n.address(), n.hostname()));
        }
        List<PartitionSpec> parts = new ArrayList<>();
        String defaultName = conf.defaultPartition().map(PartitionConfig::name).orElse(null);
        for (PartitionConfig p : conf.partitions()) {
            parts.add(new PartitionSpec(p.name(), p.nodes(), p.name().equals(defaultName), minutes(p.maxTimeMinutes()),
                    p.defaultTimeMinutes() == null ? SlurmTimes.INFINITE : minutes(p.defaultTimeMinutes()),
                    p.maxNodes() == SlurmDuration.INFINITE || p.maxNodes() > Integer.MAX_VALUE ? -1 : (int) p.maxNodes(),
                    p.priorityTier(), 1, p.overSubscribe() == null ? "NO" : p.overSubscribe().toUpperCase(Locale.ROOT),
                    p.state() == null ? "UP" : p.state().toUpperCase(Locale.ROOT)));
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (Setting s : conf.settings()) {
            raw.put(s.key(), s.value());
        }
        String controller = conf.primaryController().map(h -> h.hostname()).orElse("slurmctl");
        return new ClusterSpec(conf.clusterName().orElse("cluster"), controller, nodes, parts, settings(conf), raw);
    }

    private static long minutes(long m) {
        return m == SlurmDuration.INFINITE ? SlurmTimes.INFINITE : m;
    }

    private static SchedulerSettings settings(SlurmConfig conf) {
        SchedulerParameters sp = conf.schedulerParameters();
        PriorityWeights w = conf.priorityWeights();
        int credExpire = 120;
        for (String item : conf.value("AuthInfo").orElse("").split(",")) {
            if (item.startsWith("cred_expire=")) {
                credExpire = Integer.parseInt(item.substring("cred_expire=".length()).trim());
            }
        }
        String select = conf.selectTypeParameters().orElse("").toUpperCase(Locale.ROOT);
        String acct = conf.value("AccountingStorageType").orElse("accounting_storage/none");
        return new SchedulerSettings(conf.schedulerType(), conf.priorityType(), w.age(), w.fairshare(), w.jobSize(),
                w.partition(), w.qos(), conf.priorityMaxAgeMinutes() * 60,
                conf.value("PriorityFavorSmall").orElse("NO").equalsIgnoreCase("YES"),
                sp.bfIntervalSeconds(), sp.bfWindowMinutes(), sp.bfResolutionSeconds(), sp.bfMaxJobTest(),
                sp.defaultQueueDepth(), sp.schedIntervalSeconds(), conf.defMemPerCpu().orElse(0),
                select.contains("MEMORY"), !conf.enforcePartLimits().equals("NO"), (int) conf.maxArraySize(),
                (int) conf.slurmdTimeoutSeconds(), (int) conf.returnToService(), conf.jobRequeue(),
                Integer.parseInt(conf.value("MinJobAge").orElse("300")), !acct.equals("accounting_storage/none"),
                credExpire, conf.selectType().equals("select/linear"));
    }
}
