package org.pilab.realcluster.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pilab.slurm.conf.ControllerHost;
import org.pilab.slurm.conf.NodeLine;
import org.pilab.slurm.conf.PartitionLine;
import org.pilab.slurm.conf.Setting;
import org.pilab.slurm.conf.SlurmConfWriter;
import org.pilab.slurm.conf.SlurmConfig;

/**
 * The bundle's slurm.conf: Debian's paths and users (systemd units, SlurmUser=slurm,
 * /var/lib/slurm), backfill, cons_tres with cores and memory as consumables, the model's CPUs
 * and the RealMemory {@code slurmd -C} reports, and two partitions: short (default) and long.
 */
public final class BundleSlurmConf {

    /** Short jobs by default; a sweep's tasks are minutes each. */
    public static final long SHORT_MAX_MINUTES = 60;
    /** Long jobs on request, up to a day. */
    public static final long LONG_MAX_MINUTES = 24 * 60;

    private BundleSlurmConf() {
    }

    public static SlurmConfig config(ClusterPlan plan) {
        ClusterNode head = plan.headNode();
        List<Setting> s = new ArrayList<>();
        s.add(new Setting("ClusterName", plan.name()));
        s.add(new Setting("SlurmUser", "slurm"));
        s.add(new Setting("AuthType", "auth/munge"));
        s.add(new Setting("CredType", "cred/munge"));
        s.add(new Setting("StateSaveLocation", "/var/lib/slurm/slurmctld"));
        s.add(new Setting("SlurmdSpoolDir", "/var/lib/slurm/slurmd"));
        s.add(new Setting("SlurmctldPidFile", "/run/slurmctld.pid"));
        s.add(new Setting("SlurmdPidFile", "/run/slurmd.pid"));
        s.add(new Setting("SlurmctldLogFile", "/var/log/slurm/slurmctld.log"));
        s.add(new Setting("SlurmdLogFile", "/var/log/slurm/slurmd.log"));
        s.add(new Setting("ProctrackType", "proctrack/cgroup"));
        s.add(new Setting("TaskPlugin", "task/cgroup,task/affinity"));
        s.add(new Setting("JobAcctGatherType", "jobacct_gather/cgroup"));
        s.add(new Setting("AccountingStorageType", "accounting_storage/none"));
        s.add(new Setting("JobCompType", "jobcomp/filetxt"));
        s.add(new Setting("JobCompLoc", "/var/log/slurm/jobcomp.log"));
        s.add(new Setting("SchedulerType", "sched/backfill"));
        s.add(new Setting("SelectType", "select/cons_tres"));
        s.add(new Setting("SelectTypeParameters", "CR_Core_Memory"));
        // Without DefMemPerCPU a job that gives no --mem takes the whole node's memory.
        s.add(new Setting("DefMemPerCPU", Long.toString(defMemPerCpu(plan))));
        s.add(new Setting("MpiDefault", "none"));
        s.add(new Setting("MailProg", "/bin/true"));
        s.add(new Setting("ReturnToService", "2"));
        s.add(new Setting("JobRequeue", "1"));
        List<NodeLine> nodes = new ArrayList<>();
        int cores = plan.model().cores();
        for (ClusterNode n : plan.nodes()) {
            nodes.add(new NodeLine(n.name(), n.address(), null, cores, 1, 1, cores, 1,
                    (long) plan.model().realMemoryMb(), "UNKNOWN", null, null, Map.of()));
        }
        List<PartitionLine> partitions = List.of(
                PartitionLine.of("short", plan.hostList(), true, SHORT_MAX_MINUTES),
                PartitionLine.of("long", plan.hostList(), false, LONG_MAX_MINUTES));
        return new SlurmConfig(s, List.of(new ControllerHost(head.name(), head.address())), nodes, partitions);
    }

    /** An equal share of the node's memory per core, so every core can run a 1-CPU job. */
    public static long defMemPerCpu(ClusterPlan plan) {
        return plan.model().realMemoryMb() / plan.model().cores();
    }

    public static String render(ClusterPlan plan) {
        return SlurmConfWriter.write(config(plan), List.of(
                "slurm.conf for cluster " + plan.name() + ": " + plan.nodeCount() + " x "
                        + plan.model().displayName() + " on " + plan.os().displayName(),
                "(slurm-wlm " + plan.os().slurmVersion() + "). The same file goes to /etc/slurm/slurm.conf on every node.",
                plan.head() + " runs slurmctld and is also a compute node.",
                "CPUs and RealMemory are what `slurmd -C` reports on this model; if a node is drained with",
                "\"Low RealMemory\", paste that node's `slurmd -C` line here.",
                "Made by pilab cluster init."));
    }
}
