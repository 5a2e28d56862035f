package org.pilab.slurm.ctl;

import java.util.List;
import java.util.Map;

/**
 * What slurmctld checks when a job is submitted, with its error texts: the partition exists
 * (or there is a default), the time limit (DefaultTime, else MaxTime; refused above MaxTime when
 * EnforcePartLimits is set), the node count, that dependencies parse, array indices below
 * MaxArraySize, and that some node configuration could ever run the job.
 */
final class SubmissionRules {

    /** A request that passed: where it goes, its time limit and its parsed dependencies. */
    record Accepted(Partition partition, long timeLimitMin, List<Dependency> dependencies) {
    }

    private final Map<String, Partition> partitions;
    private final Partition defaultPartition;
    private final SchedulerSettings settings;
    private final ResourceSelector selector;
    /** Every node as configured, empty and usable: the cluster a request is judged against. */
    private final int[] emptyCpu;
    private final long[] emptyMem;
    private final boolean[] allUsable;

    SubmissionRules(Map<String, Partition> partitions, Partition defaultPartition, SchedulerSettings settings,
            ResourceSelector selector, Node[] nodes) {
        this.partitions = partitions;
        this.defaultPartition = defaultPartition;
        this.settings = settings;
        this.selector = selector;
        this.emptyCpu = new int[nodes.length];
        this.emptyMem = new long[nodes.length];
        this.allUsable = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            emptyCpu[i] = nodes[i].cpus();
            emptyMem[i] = nodes[i].realMemory();
            allUsable[i] = true;
        }
    }

    /**
     * @throws SubmitException with slurmctld's message
     */
    Accepted check(JobRequest r, long now) throws SubmitException {
        Partition p = partition(r);
        PartitionSpec ps = p.spec();
        long limit = r.timeLimitMin;
        if (limit == JobRequest.UNSET) {
            limit = ps.defaultTimeMin() != SlurmTimes.INFINITE ? ps.defaultTimeMin() : ps.maxTimeMin();
        }
        if (settings.enforcePartLimits() && exceedsMaxTime(limit, ps)) {
            throw new SubmitException("Requested time limit is invalid (missing or exceeds some limit)");
        }
        boolean overPartition = r.nodes > p.totalNodes();
        // srun keeps the refusal: a pending interactive job would wait forever (not compared
        // with the testbed; sbatch's pending job was).
        if (((settings.enforcePartLimits() || r.interactive) && overPartition)
                || (settings.enforcePartLimits() && ps.maxNodes() >= 0 && r.nodes > ps.maxNodes())
                || (r.ntasks > 0 && r.nodes > r.ntasks)) {
            throw new SubmitException("Node count specification invalid");
        }
        List<Dependency> deps = dependencies(r);
        if (r.array != null) {
            for (int idx : r.array.indices()) {
                if (idx >= settings.maxArraySize()) {
                    throw new SubmitException("Invalid job array specification");
                }
            }
        }
        Job probe = new Job(0, 0, -1, r, p, limit, deps, now, settings.wholeNodes());
        // More nodes than the partition has: without EnforcePartLimits it pends with
        // PartitionNodeLimit (as on the testbed), so no node configuration is judged here.
        if (!overPartition && !couldEverRun(probe, p)) {
            // slurmctld finds this out after it made the job record (job_allocate), so the
            // refused job has used a job id and goes to accounting as FAILED.
            throw new SubmitException("Requested node configuration is not available", unsatisfiable(probe), true);
        }
        return new Accepted(p, limit, deps);
    }

    private Partition partition(JobRequest r) throws SubmitException {
        if (r.partition == null || r.partition.isEmpty()) {
            if (defaultPartition == null) {
                throw new SubmitException("No partition specified or system default partition");
            }
            return defaultPartition;
        }
        Partition p = partitions.get(r.partition);
        if (p == null) {
            throw new SubmitException("Invalid partition name specified");
        }
        return p;
    }

    /**
     * The parsed terms. A term on a job slurmctld does not know is accepted and holds at once
     * (the testbed ran {@code -d afterok:999}): the job may have been purged long ago.
     */
    private static List<Dependency> dependencies(JobRequest r) throws SubmitException {
        if (r.dependency == null || r.dependency.isEmpty()) {
            return List.of();
        }
        try {
            return Dependency.parseList(r.dependency);
        } catch (IllegalArgumentException e) {
            throw new SubmitException("Job dependency problem");
        }
    }

    /** A limit above the partition's MaxTime (UNLIMITED counts as above any finite MaxTime). */
    static boolean exceedsMaxTime(long limit, PartitionSpec ps) {
        if (ps.maxTimeMin() == SlurmTimes.INFINITE) {
            return false;
        }
        return limit == SlurmTimes.INFINITE || limit > ps.maxTimeMin();
    }

    /** What slurmctld tells sbatch about a request no node could take: memory, then CPUs per node. */
    private String unsatisfiable(Job job) {
        long maxMem = 0;
        int maxCpus = 0;
        for (int i = 0; i < emptyCpu.length; i++) {
            maxMem = Math.max(maxMem, emptyMem[i]);
            maxCpus = Math.max(maxCpus, emptyCpu[i]);
        }
        long memPerNode = job.memPerNodeMb > 0 ? job.memPerNodeMb
                : job.memPerCpuMb > 0 ? job.memPerCpuMb * job.cpusPerTask : 0;
        if (memPerNode > maxMem) {
            return "Memory specification can not be satisfied";
        }
        if (job.cpusPerTask > maxCpus) {
            return "CPU count per node can not be satisfied";
        }
        return "";
    }

    /** Would the job fit if every node of the partition were up and empty? */
    private boolean couldEverRun(Job job, Partition p) {
        return selector.fits(job, p.nodeIndicesShared(), emptyCpu, emptyMem, allUsable);
    }
}
