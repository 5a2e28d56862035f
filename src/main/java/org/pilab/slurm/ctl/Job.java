package org.pilab.slurm.ctl;

import java.util.List;
import java.util.Optional;

/**
 * One job (or one task of an array) as slurmctld holds it. The controller mutates it; commands
 * read it through the getters. Times are epoch seconds on the virtual clock (0 = not yet).
 */
public final class Job {

    long id;
    final long arrayJobId;
    final int arrayTaskId;
    final String name;
    final String user;
    final int uid;
    final String account;
    /** Changes only by reconfigure or {@code scontrol update partition=} while the job is pending. */
    Partition partition;
    final int reqNodes;
    /** Nodes -w/--nodelist allows (by index), or null for any node of the partition. */
    java.util.BitSet requiredNodes;
    /** -w/--nodelist named nodes the job must have (not just -x leaving the rest allowed). */
    final boolean nodesNamed;
    final int ntasks;
    final int cpusPerTask;
    final long memPerNodeMb;
    final long memPerCpuMb;
    /** Changes only by {@code scontrol update TimeLimit=}. */
    long timeLimitMin;
    final String outputPattern;
    final String errorPattern;
    final List<Dependency> dependencies;
    final String dependencyText;
    final boolean openAppend;
    final String workDir;
    final String submitHost;
    final String script;
    final String command;
    final JobPayload payload;
    final boolean exclusive;
    final boolean requeueAllowed;
    final int arrayMaxRunning;
    final int nice;
    final boolean interactive;
    final long submitTime;
    long beginTime;
    long eligibleTime;
    long startTime;
    long endTime;
    long priority;
    JobState state = JobState.PENDING;
    JobReason reason = JobReason.NONE;
    String reasonDetail = "";
    int exitCode;
    int exitSignal;
    boolean held;
    int restarts;
    String cancelledBy;
    /** Allocated node indices, cores and memory per node (parallel arrays), empty while pending. */
    int[] allocNodes = new int[0];
    int[] allocCores = new int[0];
    long[] allocMem = new long[0];
    int[] tasksPerNode = new int[0];
    PayloadResult result;
    long runLimitEnd;
    /** Backfill's planned start for a pending job (0 = none planned) and the nodes it would use. */
    long plannedStart;
    int[] plannedNodeIdx = new int[0];
    long sequence;
    /** The pending event that ends the running job (cancelled on scancel or requeue). */
    org.pilab.sim.SimEvent endEvent;
    /** Its --begin/requeue delay has passed and the controller stopped watching the clock for it. */
    boolean beginCounted;
    /** The backfill scheduler (not the main one) started its current run. */
    boolean startedByBackfill;

    Job(long id, long arrayJobId, int arrayTaskId, JobRequest r, Partition partition, long timeLimitMin,
            List<Dependency> deps, long submitTime, boolean wholeNodes) {
        this.id = id;
        this.arrayJobId = arrayJobId;
        this.arrayTaskId = arrayTaskId;
        this.name = r.name;
        this.user = r.user;
        this.uid = r.uid;
        this.account = r.account;
        this.partition = partition;
        this.reqNodes = r.nodes;
        this.nodesNamed = r.nodeList != null && !r.nodeList.isBlank();
        this.ntasks = r.ntasks > 0 ? r.ntasks : Math.max(1, r.nodes);
        this.cpusPerTask = Math.max(1, r.cpusPerTask);
        this.memPerNodeMb = r.memPerNodeMb;
        this.memPerCpuMb = r.memPerCpuMb;
        this.timeLimitMin = timeLimitMin;
        this.outputPattern = r.output;
        this.errorPattern = r.error;
        this.dependencies = List.copyOf(deps);
        this.dependencyText = r.dependency == null ? "" : r.dependency;
        this.openAppend = r.openAppend;
        this.workDir = r.workDir;
        this.submitHost = r.submitHost;
        this.script = r.script;
        this.command = r.command;
        this.payload = r.payload;
        this.exclusive = r.exclusive || partition.spec().overSubscribe().startsWith("EXCLUSIVE")
                || wholeNodes;
        this.requeueAllowed = r.requeue;
        this.arrayMaxRunning = r.array == null ? 0 : r.array.maxRunning();
        this.nice = r.nice;
        this.interactive = r.interactive;
        this.submitTime = submitTime;
        this.beginTime = r.beginTime;
        this.held = r.hold;
    }

    public long id() { return id; }
    /** The array's job id (0 for a plain job). */
    public long arrayJobId() { return arrayJobId; }
    /** The task index (-1 for a plain job). */
    public int arrayTaskId() { return arrayTaskId; }
    public boolean isArrayTask() { return arrayTaskId >= 0; }
    public String name() { return name; }
    public String user() { return user; }
    public int uid() { return uid; }
    public String account() { return account; }
    public Partition partition() { return partition; }
    public int requestedNodes() { return reqNodes; }
    public int ntasks() { return ntasks; }
    public int cpusPerTask() { return cpusPerTask; }
    public long memPerNodeMb() { return memPerNodeMb; }
    public long memPerCpuMb() { return memPerCpuMb; }
    /** Time limit in minutes, or {@link SlurmTimes#INFINITE}. */
    public long timeLimitMinutes() { return timeLimitMin; }
    public String dependencyText() { return dependencyText; }
    public String workDir() { return workDir; }
    /** Where it was submitted from, or empty when not known. */
    public Optional<String> submitHost() { return Optional.ofNullable(submitHost); }
    public String script() { return script; }
    public String command() { return command; }
    public long submitTime() { return submitTime; }
    public long eligibleTime() { return eligibleTime; }
    public long beginTime() { return beginTime; }
    public long startTime() { return startTime; }
    public long endTime() { return endTime; }
    public long priority() { return priority; }
    public JobState state() { return state; }
    public JobReason reason() { return reason; }
    /**
     * slurmctld's description replacing the reason word when set (its state_desc), e.g.
     * {@code ReqNodeNotAvail, UnavailableNodes:pi03}; empty if none.
     */
    public String reasonDetail() { return reasonDetail; }
    public int exitCode() { return exitCode; }
    public int exitSignal() { return exitSignal; }
    public int restarts() { return restarts; }
    public boolean requeueAllowed() { return requeueAllowed; }
    public String cancelledBy() { return cancelledBy; }
    public int arrayMaxRunning() { return arrayMaxRunning; }
    public boolean exclusive() { return exclusive; }
    public boolean held() { return held; }
    public int nice() { return nice; }
    public boolean startedByBackfill() { return startedByBackfill; }
    public boolean interactive() { return interactive; }
    public String outputPattern() { return outputPattern; }
    public String errorPattern() { return errorPattern; }
    public long plannedStart() { return plannedStart; }

    /** Total CPUs allocated (0 while pending). */
    public int allocCpus() {
        int sum = 0;
        for (int c : allocCores) {
            sum += c;
        }
        return sum;
    }

    /** CPUs requested: tasks x cpus-per-task. */
    public int requestedCpus() {
        return ntasks * cpusPerTask;
    }

    public int allocNodeCount() {
        return allocNodes.length;
    }

    int[] allocNodeIndices() {
        return allocNodes;
    }

    /** The id squeue shows: {@code 12}, or {@code 10_3} for an array task. */
    public String displayId() {
        return arrayTaskId >= 0 ? arrayJobId + "_" + arrayTaskId : Long.toString(id);
    }
}
