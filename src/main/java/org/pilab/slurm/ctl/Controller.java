package org.pilab.slurm.ctl;

import org.pilab.sim.SimEvent;
import org.pilab.sim.SimTime;
import org.pilab.sim.Simulator;
import org.pilab.slurm.hostlist.HostList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The virtual slurmctld. Holds nodes, partitions and jobs; advances a virtual clock (whole
 * seconds) through an event queue ordered by (time, priority, sequence); runs the main scheduler
 * after every batch of events and every sched_interval, and the backfill scheduler every
 * bf_interval when {@code SchedulerType=sched/backfill}.
 */
public final class Controller {

    /** priority/basic hands out TOP_PRIORITY - n to the n-th submission, as slurmctld does. */
    private static final long TOP_PRIORITY = 0xffff0000L;
    private static final int PRIORITY_CALC_PERIOD = 300;
    /** slurmctld's description when too few nodes of the partition are usable at all. */
    static final String NODES_UNAVAILABLE =
            "Nodes required for job are DOWN, DRAINED or reserved for jobs in higher priority partitions";
    private static final JobEnvironment EMPTY_ENV = new JobEnvironment(Map.of(), "", List.of(), 0, new int[0]);

    private ClusterSpec spec;
    private SchedulerSettings settings;
    private final Node[] nodes;
    private final Map<String, Node> nodesByName = new LinkedHashMap<>();
    private final Map<String, Partition> partitions = new LinkedHashMap<>();
    private Partition defaultPartition;
    private ResourceSelector selector;
    private MultifactorPriority multifactor;
    private final int[] freeCpu;
    private final long[] freeMem;
    private final long startEpoch;
    private final JobOutput output;
    private BackfillPlanner backfill;
    private SubmissionRules rules;
    private final Map<String, ExternalCommand> commands = new HashMap<>();
    /** The discrete-event kernel: virtual clock (ms = epoch seconds x 1000) and event queue. */
    private final Simulator sim;
    private final TreeSet<Job> pending = new TreeSet<>(Controller::queueOrder);
    private final List<Job> running = new ArrayList<>();
    private final List<Job> allJobs = new ArrayList<>();
    private final Map<Long, Job> byId = new HashMap<>();
    private final Map<Long, List<Job>> arrays = new HashMap<>();
    private final Map<String, Double> usage = new TreeMap<>();
    private final Map<Long, Integer> runningTasks = new HashMap<>();
    private final List<ControllerListener> listeners = new ArrayList<>();
    private long now;
    private long nextJobId = 1;
    private long submissions;
    private long sequence;
    private SimEvent fullPassEvent;
    private SimEvent backfillEvent;
    private SimEvent priorityEvent;
    private SimEvent eventPass;
    private long settledSeenVersion = -1;
    private long version;
    private long backfillSeenVersion = -1;
    private long fullPassSeenVersion = -1;
    /** Pending jobs with a --begin time or a requeue delay: time alone can make them eligible. */
    private int timedPending;
    private boolean dirty;
    private boolean planEveryJob = true;
    /** Bumped whenever a node's up/drain/responding state changes (the usable-node cache key). */
    private long nodeStateVersion;
    private long usableVersion = -1;
    private boolean[] usableCache;

    /**
     * @param startEpoch the virtual clock's start (epoch seconds); every node boots then, idle
     */
    public Controller(ClusterSpec spec, long startEpoch, OutputSink sink) {
        this.spec = spec;
        this.settings = spec.settings();
        this.startEpoch = startEpoch;
        this.now = startEpoch;
        this.sim = new Simulator(SimTime.seconds(startEpoch));
        this.nodes = new Node[spec.nodes().size()];
        this.freeCpu = new int[nodes.length];
        this.freeMem = new long[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            NodeSpec ns = spec.nodes().get(i);
            if (nodesByName.containsKey(ns.name())) {
                throw new IllegalArgumentException("Duplicated NodeName " + ns.name() + " in the config file");
            }
            nodes[i] = new Node(ns, i);
            nodes[i].bootTime = startEpoch;
            nodesByName.put(ns.name(), nodes[i]);
            freeCpu[i] = ns.cpus();
            freeMem[i] = ns.realMemoryMb();
        }
        this.output = new JobOutput(sink, nodes);
        applyConfig(spec);
    }

    /**
     * {@code scontrol reconfigure} (or a restart that recovers the saved state): the partitions,
     * their limits and the scheduler settings of {@code newSpec} replace the current ones while
     * every job, queued or running, and the accounting stay. Pending jobs move to the new
     * partition of their partition's name.
     *
     * <p>A node keeps its state (a drained node stays drained until resumed); new CPUs or
     * RealMemory on its line apply.</p>
     *
     * @throws IllegalArgumentException when nodes were added, removed or renamed: that takes a new
     *         controller (a restart of slurmctld); nothing changed then
     */
    public void reconfigure(ClusterSpec newSpec) {
        List<String> before = spec.nodes().stream().map(NodeSpec::name).toList();
        List<String> after = newSpec.nodes().stream().map(NodeSpec::name).toList();
        if (!before.equals(after)) {
            throw new IllegalArgumentException("the nodes changed: slurmctld must be restarted to add or remove nodes");
        }
        for (int i = 0; i < nodes.length; i++) {
            NodeSpec ns = newSpec.nodes().get(i);
            if (!ns.equals(nodes[i].spec())) {
                // what is allocated stays allocated: only the node's size changes
                freeCpu[i] += ns.cpus() - nodes[i].cpus();
                freeMem[i] += ns.realMemoryMb() - nodes[i].realMemory();
                nodes[i].respec(ns);
            }
        }
        nodeStateVersion++;
        // the queue's order may depend on the partition: take the jobs out while it changes
        List<Job> waiting = new ArrayList<>(pending);
        pending.clear();
        applyConfig(newSpec);
        for (Job j : allJobs) {
            Partition now = partitions.get(j.partition.name());
            if (now != null) {
                j.partition = now;
            }
        }
        pending.addAll(waiting);
        // a scheduler type change must not leave the other type's passes queued
        if (backfillEvent != null) {
            sim.cancel(backfillEvent);
            backfillEvent = null;
        }
        if (priorityEvent != null) {
            sim.cancel(priorityEvent);
            priorityEvent = null;
        }
        version++;
        requestPass();
    }

    /** Builds the partitions and the scheduler's helpers from {@code newSpec}; the nodes stay. */
    private void applyConfig(ClusterSpec newSpec) {
        Map<String, Partition> built = new LinkedHashMap<>();
        Partition dflt = null;
        int maxFactor = 1;
        for (Node n : nodes) {
            n.partitions.clear();
        }
        for (PartitionSpec ps : newSpec.partitions()) {
            if (built.containsKey(ps.name())) {
                throw new IllegalArgumentException("duplicate entry for partition " + ps.name());
            }
            int[] idx = new int[ps.nodes().size()];
            int cpus = 0;
            for (int i = 0; i < idx.length; i++) {
                Node n = nodesByName.get(ps.nodes().get(i));
                if (n == null) {
                    throw new IllegalArgumentException("PartitionName=" + ps.name() + ": node " + ps.nodes().get(i)
                            + " is not defined by a NodeName line");
                }
                idx[i] = n.index();
                cpus += n.cpus();
            }
            built.put(ps.name(), new Partition(ps, idx, cpus));
            if (ps.isDefault()) {
                dflt = built.get(ps.name());
            }
            maxFactor = Math.max(maxFactor, ps.priorityJobFactor());
        }
        for (PartitionSpec ps : newSpec.partitions()) {
            ps.nodes().forEach(name -> nodesByName.get(name).partitions.add(ps.name()));
        }
        int clusterCpus = 0;
        for (Node n : nodes) {
            clusterCpus += n.cpus();
        }
        this.spec = newSpec;
        this.settings = newSpec.settings();
        partitions.clear();
        partitions.putAll(built);
        this.defaultPartition = dflt;
        this.selector = new ResourceSelector(nodes, settings);
        this.backfill = new BackfillPlanner(settings, selector, nodes.length);
        this.rules = new SubmissionRules(partitions, dflt, settings, selector, nodes);
        this.multifactor = new MultifactorPriority(settings, Math.max(1, clusterCpus), maxFactor);
        usableVersion = -1;
    }

    // ---------------------------------------------------------------- queries

    public ClusterSpec spec() { return spec; }
    public SchedulerSettings settings() { return settings; }
    /** Virtual time now, epoch seconds. */
    public long now() { return now; }
    public long startEpoch() { return startEpoch; }
    public List<Node> nodes() { return List.of(nodes); }
    public Node node(String name) { return nodesByName.get(name); }
    public List<Partition> partitions() { return List.copyOf(partitions.values()); }
    public Partition partition(String name) { return partitions.get(name); }
    public Partition defaultPartition() { return defaultPartition; }
    /** Every job ever submitted, in submission order (array tasks in index order). */
    public List<Job> jobs() { return List.copyOf(allJobs); }
    public int pendingCount() { return pending.size(); }
    public int runningCount() { return running.size(); }
    /** The tasks of array {@code arrayJobId}, or an empty list. */
    public List<Job> arrayTasks(long arrayJobId) { return List.copyOf(arrays.getOrDefault(arrayJobId, List.of())); }

    /** The job with this id (a started array task has its own id), or null. */
    public Job job(long id) {
        Job j = byId.get(id);
        if (j == null) {
            List<Job> tasks = arrays.get(id);
            if (tasks != null && !tasks.isEmpty()) {
                return tasks.get(0);
            }
        }
        return j;
    }

    /** Finished jobs leave slurmctld's memory MinJobAge seconds after they end. */
    public boolean isPurged(Job j) {
        return j.state.finished() && now - j.endTime >= settings.minJobAge();
    }

    /** Multifactor priority parts for sprio. */
    public PriorityFactors priorityFactors(Job j) {
        return multifactor.factors(j, now, usage);
    }

    /**
     * Whether every backfill pass plans a start for each job it examines (true, the default:
     * {@code squeue --start} shows them) or stops as soon as nothing more can start now (trace
     * replay: the same jobs start, much faster).
     */
    public void planEveryJob(boolean v) {
        planEveryJob = v;
    }

    /** Registers a command that batch scripts may call (e.g. {@code pilab}). */
    public void registerCommand(String name, ExternalCommand command) {
        commands.put(name, command);
    }

    public void addListener(ControllerListener l) {
        listeners.add(l);
    }

    // ---------------------------------------------------------------- submission

    /**
     * Submits a job (or array). Returns the job id (the array's id for arrays).
     *
     * @throws SubmitException with slurmctld's error text when the request is refused
     */
    public long submit(JobRequest r) throws SubmitException {
        java.util.BitSet required = requiredNodes(r);
        if (required != null && r.nodes < required.cardinality()) {
            r.nodes = required.cardinality(); // -w names nodes the job must get, so at least that many
        }
        SubmissionRules.Accepted ok;
        try {
            ok = rules.check(r, now);
        } catch (SubmitException e) {
            if (e.recorded()) {
                recordRefused(r);
            }
            throw e;
        }
        Partition p = ok.partition();
        long limit = ok.timeLimitMin();
        List<Dependency> deps = ok.dependencies();
        submissions++;
        long id = nextJobId++;
        long prio = TOP_PRIORITY - submissions;
        List<Job> created = new ArrayList<>();
        if (r.array == null) {
            created.add(new Job(id, 0, -1, r, p, limit, deps, now, settings.wholeNodes()));
        } else {
            for (int idx : r.array.indices()) {
                created.add(new Job(id, id, idx, r, p, limit, deps, now, settings.wholeNodes()));
            }
            arrays.put(id, new ArrayList<>(created));
        }
        for (Job j : created) {
            j.requiredNodes = required;
            j.sequence = sequence++;
            j.priority = prio;
            allJobs.add(j);
            if (!j.isArrayTask()) {
                byId.put(j.id, j);
            }
        }
        if (settings.multifactor()) {
            for (Job j : created) {
                j.priority = multifactor.factors(j, now, usage).total();
            }
        }
        pending.addAll(created);
        if (r.beginTime > now) {
            timedPending += created.size();
        }
        version++;
        listeners.forEach(l -> l.submitted(created.get(0)));
        mainPass(false);
        armPeriodicPasses();
        return id;
    }

    /**
     * A job slurmctld refused after making its record: it keeps its job id and ends FAILED with
     * exit code 1:0 at once (job_allocate), so sacct lists it and the next job gets the next id.
     */
    private void recordRefused(JobRequest r) {
        Partition p = r.partition == null || r.partition.isEmpty() ? defaultPartition : partitions.get(r.partition);
        if (p == null) {
            return;
        }
        submissions++;
        Job j = new Job(nextJobId++, 0, -1, r, p, p.spec().maxTimeMin(), List.of(), now, settings.wholeNodes());
        j.sequence = sequence++;
        j.state = JobState.FAILED;
        j.reason = JobReason.BAD_CONSTRAINTS;
        j.exitCode = 1;
        j.eligibleTime = now;
        j.startTime = now;
        j.endTime = now;
        allJobs.add(j);
        byId.put(j.id, j);
        version++;
        listeners.forEach(l -> l.ended(j)); // its record ends at once (jobcomp logs it too)
    }

    /**
     * The nodes -w/--nodelist allows, less those -x/--exclude names, as node indices (null: any
     * node of the partition); slurmctld refuses names it does not know.
     */
    private java.util.BitSet requiredNodes(JobRequest r) throws SubmitException {
        boolean listed = r.nodeList != null && !r.nodeList.isBlank();
        boolean excluded = r.exclude != null && !r.exclude.isBlank();
        if (!listed && !excluded) {
            return null;
        }
        java.util.BitSet set = new java.util.BitSet(nodes.length);
        if (listed) {
            set.or(nodeIndices(r.nodeList));
        } else {
            set.set(0, nodes.length);
        }
        if (excluded) {
            set.andNot(nodeIndices(r.exclude));
        }
        return set;
    }

    private java.util.BitSet nodeIndices(String hostList) throws SubmitException {
        java.util.BitSet set = new java.util.BitSet(nodes.length);
        for (String name : HostList.expand(hostList)) {
            Node n = nodesByName.get(name);
            if (n == null) {
                throw new SubmitException("Invalid node name specified");
            }
            set.set(n.index());
        }
        return set;
    }

    // ---------------------------------------------------------------- time

    /** Runs the cluster forward to {@code target} (epoch seconds), processing every event on the way. */
    public void advanceTo(long target) {
        if (target < now) {
            return;
        }
        armPeriodicPasses();
        sim.runUntil(SimTime.seconds(target));
        now = target;
    }

    /** Advances the virtual clock by {@code seconds}. */
    public void advanceBy(long seconds) {
        advanceTo(now + seconds);
    }

    /**
     * Runs until no job is pending or running, or {@code maxSeconds} pass, or nothing can change
     * any more (jobs left pending for good, e.g. on a dependency that can never be satisfied).
     */
    public void runUntilIdle(long maxSeconds) {
        long limit = now + maxSeconds;
        while ((!pending.isEmpty() || !running.isEmpty()) && now < limit) {
            if (running.isEmpty() && timedPending == 0 && settledSeenVersion == version && !nodesWaking()) {
                break; // a full main pass and a backfill pass saw this state: nothing will change
            }
            long next = nextEventTime();
            if (next == Long.MAX_VALUE) {
                break;
            }
            advanceTo(Math.min(limit, next));
        }
    }

    /** A node that is not responding may still time out (an event that changes its state). */
    private boolean nodesWaking() {
        for (Node n : nodes) {
            if (n.notResponding && !n.down) {
                return true;
            }
        }
        return false;
    }

    // Scheduler passes are kernel events. At one instant they run after job ends (normal
    // priority) and node time-outs (low), in this order: priority recalculation, the
    // event-triggered main pass, the periodic full main pass, backfill.
    private static final int PRIORITY_RECALC = SimEvent.PRIORITY_LOW - 1;
    private static final int EVENT_PASS = SimEvent.PRIORITY_LOW - 2;
    private static final int FULL_PASS = SimEvent.PRIORITY_LOW - 3;
    private static final int BACKFILL_PASS = SimEvent.PRIORITY_LOW - 4;

    /** While jobs wait, the periodic passes run every sched_interval / bf_interval / 5 minutes. */
    private void armPeriodicPasses() {
        if (pending.isEmpty()) {
            return;
        }
        if (fullPassEvent == null) {
            fullPassEvent = schedule(periodAfter(settings.schedInterval()), FULL_PASS, this::periodicMainPass);
        }
        if (settings.backfill() && backfillEvent == null) {
            backfillEvent = schedule(periodAfter(settings.bfInterval()), BACKFILL_PASS, this::periodicBackfill);
        }
        if (settings.multifactor() && priorityEvent == null) {
            priorityEvent = schedule(periodAfter(PRIORITY_CALC_PERIOD), PRIORITY_RECALC, this::periodicPriorities);
        }
    }

    private void periodicMainPass() {
        fullPassEvent = null;
        if (dirty || version != fullPassSeenVersion || timedPending > 0) {
            mainPass(true);
            fullPassSeenVersion = version;
        }
        settleCheck();
        armPeriodicPasses();
    }

    private void periodicBackfill() {
        backfillEvent = null;
        backfillPass();
        settleCheck();
        armPeriodicPasses();
    }

    private void periodicPriorities() {
        priorityEvent = null;
        recomputePriorities();
        armPeriodicPasses();
    }

    /** Records that the periodic passes saw this state (runUntilIdle stops once they change nothing). */
    private void settleCheck() {
        boolean backfillSaw = !settings.backfill() || backfillSeenVersion == version;
        if (fullPassSeenVersion == version && backfillSaw && !settings.multifactor()) {
            settledSeenVersion = version;
        }
    }

    /** Something changed: a main pass runs at this instant, after the other events due now. */
    private void requestPass() {
        dirty = true;
        if (eventPass == null) {
            eventPass = schedule(now, EVENT_PASS, () -> {
                eventPass = null;
                if (dirty) {
                    mainPass(false);
                }
                armPeriodicPasses();
            });
        }
    }

    /** Time of the next queued event, or Long.MAX_VALUE. */
    public long nextEventTime() {
        long t = sim.nextEventTime();
        return t == Long.MAX_VALUE ? Long.MAX_VALUE : SimTime.wholeSeconds(t);
    }

    private long periodAfter(int interval) {
        return startEpoch + ((now - startEpoch) / interval + 1) * interval;
    }

    /**
     * Schedules {@code action} at {@code time} (epoch seconds). Job ends use normal priority and
     * node time-outs low, so a job finishing in the same second as its node is declared down
     * still completes.
     */
    private SimEvent schedule(long time, int priority, Runnable action) {
        return sim.schedule(SimTime.seconds(time), priority, () -> {
            now = SimTime.wholeSeconds(sim.now());
            action.run();
        });
    }

    private void nodeTimeout(Node n) {
        if (n.notResponding && !n.down && now - n.notRespondingSince >= settings.slurmdTimeout()) {
            setDown(n, "Not responding", "slurm", true);
        }
    }

    // ---------------------------------------------------------------- scheduling

    private static int queueOrder(Job a, Job b) {
        int c = Integer.compare(b.partition.spec().priorityTier(), a.partition.spec().priorityTier());
        if (c != 0) {
            return c;
        }
        c = Long.compare(b.priority, a.priority);
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.submitTime, b.submitTime);
        if (c != 0) {
            return c;
        }
        return Long.compare(a.sequence, b.sequence);
    }

    private void recomputePriorities() {
        if (!settings.multifactor() || pending.isEmpty()) {
            return;
        }
        List<Job> all = new ArrayList<>(pending);
        pending.clear();
        for (Job j : all) {
            j.priority = multifactor.factors(j, now, usage).total();
        }
        pending.addAll(all);
        version++;
    }

    private boolean[] usableMask() {
        if (usableCache != null && usableVersion == nodeStateVersion) {
            return usableCache;
        }
        usableVersion = nodeStateVersion;
        usableCache = computeUsable();
        return usableCache;
    }

    private boolean[] computeUsable() {
        boolean[] u = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            u[i] = nodes[i].usable();
        }
        return u;
    }

    /** Reasons a job may not be considered at all right now; null if it may. */
    private JobReason blocker(Job j, Map<Long, Integer> runningPerArray) {
        if (j.held) {
            return JobReason.JOB_HELD_USER;
        }
        if (j.beginTime > now) {
            return JobReason.BEGIN_TIME;
        }
        if (j.beginTime > 0 && !j.beginCounted) {
            j.beginCounted = true;
            timedPending--;
        }
        JobReason dep = DependencyCheck.state(j, this::dependencyTargets);
        if (dep != null) {
            return dep;
        }
        // A throttled array task does not count as eligible: it has no EligibleTime, so sacct's
        // time window leaves it out, as slurmdbd does.
        boolean throttled = j.arrayMaxRunning > 0
                && runningPerArray.getOrDefault(j.arrayJobId, 0) >= j.arrayMaxRunning;
        if (j.eligibleTime == 0 && !throttled) {
            j.eligibleTime = now;
        }
        Partition p = j.partition;
        if (p.state.equals("DOWN")) {
            return JobReason.PARTITION_DOWN;
        }
        if (p.state.equals("INACTIVE")) {
            return JobReason.PARTITION_INACTIVE;
        }
        if (SubmissionRules.exceedsMaxTime(j.timeLimitMin, p.spec())) {
            return JobReason.PARTITION_TIME_LIMIT;
        }
        if (p.spec().maxNodes() >= 0 && j.reqNodes > p.spec().maxNodes() || j.reqNodes > p.totalNodes()) {
            return JobReason.PARTITION_NODE_LIMIT;
        }
        return throttled ? JobReason.JOB_ARRAY_TASK_LIMIT : null;
    }

    /** The jobs a dependency on {@code id} waits for: every task of an array, else the job. */
    private List<Job> dependencyTargets(long id) {
        List<Job> tasks = arrays.get(id);
        if (tasks != null) {
            return tasks;
        }
        Job j = byId.get(id);
        return j == null ? List.of() : List.of(j);
    }

    /** Running tasks per array (a copy: a pass counts the tasks it starts on top). */
    private Map<Long, Integer> runningPerArray() {
        return runningTasks.isEmpty() ? new HashMap<>() : new HashMap<>(runningTasks);
    }

    /**
     * The main scheduler: walks the queue in priority order and starts what fits; once a job of a
     * partition is left pending for resources, no later job of that partition starts (strict
     * priority). Event-triggered passes look at default_queue_depth jobs.
     */
    private void mainPass(boolean full) {
        dirty = false;
        if (pending.isEmpty()) {
            return;
        }
        int depth = full ? Integer.MAX_VALUE : settings.defaultQueueDepth();
        boolean[] usable = usableMask();
        Map<Long, Integer> perArray = runningPerArray();
        List<Partition> blocked = new ArrayList<>();
        Map<Job, Allocation> toStart = new LinkedHashMap<>();
        // Real SLURM keeps an array's pending tasks in one job record until each is split off to
        // run, so they all show the reason of the first one the scheduler looked at.
        Map<Long, Job> firstPendingTask = new HashMap<>();
        int seen = 0;
        for (Job j : pending) {
            if (seen++ >= depth) {
                break;
            }
            JobReason why = blocker(j, perArray);
            if (why != null) {
                setReason(j, why, "");
                continue;
            }
            if (blocked.contains(j.partition)) {
                Job sibling = j.isArrayTask() ? firstPendingTask.get(j.arrayJobId) : null;
                if (requiresUnusableNode(j, usable)) {
                    // slurmctld tests -w nodes before the partition's priority order: the
                    // testbed shows ReqNodeNotAvail, not Priority, behind a blocked job.
                    setReason(j, JobReason.REQ_NODE_NOT_AVAIL, unavailableDetail(j, usable));
                } else if (sibling != null) {
                    setReason(j, sibling.reason, sibling.reasonDetail);
                } else {
                    setReason(j, JobReason.PRIORITY, "");
                }
                continue;
            }
            Allocation a = selector.select(j, j.partition.nodeIndicesShared(), freeCpu, freeMem, usable);
            if (a == null) {
                explainWait(j, usable);
                if (j.isArrayTask()) {
                    firstPendingTask.putIfAbsent(j.arrayJobId, j);
                }
                blocked.add(j.partition);
                if (!planEveryJob && blocked.size() == partitions.size()) {
                    break; // replay: nothing more can start, and nobody reads the other reasons
                }
                continue;
            }
            toStart.put(j, a);
            j.startedByBackfill = false;
            take(a);
            if (j.isArrayTask()) {
                perArray.merge(j.arrayJobId, 1, Integer::sum);
            }
            j.reason = JobReason.NONE;
        }
        for (Map.Entry<Job, Allocation> e : toStart.entrySet()) {
            pending.remove(e.getKey());
            start(e.getKey(), e.getValue());
        }
    }

    private void take(Allocation a) {
        for (int i = 0; i < a.nodes().length; i++) {
            freeCpu[a.nodes()[i]] -= a.cores()[i];
            freeMem[a.nodes()[i]] -= a.mem()[i];
        }
    }

    private void setReason(Job j, JobReason r, String detail) {
        j.reason = r;
        j.reasonDetail = detail;
    }

    /** Resources, or ReqNodeNotAvail when down/drained nodes are what stands in the way. */
    private void explainWait(Job j, boolean[] usable) {
        int up = 0;
        for (int n : j.partition.nodeIndicesShared()) {
            if (usable[n]) {
                up++;
            }
        }
        if (up == j.partition.totalNodes()) {
            setReason(j, JobReason.RESOURCES, "");
            return;
        }
        if (Math.max(1, j.reqNodes) > up) {
            // job_scheduler.c: fewer usable nodes than the job's minimum node count.
            setReason(j, JobReason.RESOURCES, NODES_UNAVAILABLE);
            return;
        }
        int[] cpu = new int[nodes.length];
        long[] mem = new long[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            cpu[i] = nodes[i].cpus();
            mem[i] = nodes[i].realMemory();
        }
        if (selector.select(j, j.partition.nodeIndicesShared(), cpu, mem, usable) != null) {
            setReason(j, JobReason.RESOURCES, "");
            return;
        }
        setReason(j, JobReason.REQ_NODE_NOT_AVAIL, unavailableDetail(j, usable));
    }

    private boolean requiresUnusableNode(Job j, boolean[] usable) {
        if (!j.nodesNamed || j.requiredNodes == null) {
            return false;
        }
        for (int n = j.requiredNodes.nextSetBit(0); n >= 0; n = j.requiredNodes.nextSetBit(n + 1)) {
            if (!usable[n]) {
                return true;
            }
        }
        return false;
    }

    private String unavailableDetail(Job j, boolean[] usable) {
        List<String> unavailable = new ArrayList<>();
        for (int n : j.partition.nodeIndicesShared()) {
            if (!usable[n]) {
                unavailable.add(nodes[n].name());
            }
        }
        return "ReqNodeNotAvail, UnavailableNodes:" + HostList.compress(unavailable);
    }

    /**
     * Backfill: plans start times for the first bf_max_job_test eligible jobs in priority order and
     * starts a job now only if it fits for its whole time limit around every reservation made for
     * jobs ahead of it (so it delays none of them).
     */
    private void backfillPass() {
        if (pending.isEmpty()) {
            return;
        }
        if (!settings.multifactor() && version == backfillSeenVersion && timedPending == 0) {
            return; // nothing changed since the last pass: it would plan exactly the same
        }
        Map<Long, Integer> perArray = runningPerArray();
        // The jobs this pass examines: the first bf_max_job_test eligible ones in priority order.
        List<Job> tested = new ArrayList<>();
        for (Job j : pending) {
            if (tested.size() >= settings.bfMaxJobTest()) {
                break;
            }
            if (blocker(j, perArray) == null) {
                tested.add(j);
            }
        }
        List<BackfillPlanner.Start> starts = backfill.plan(now, tested, usableMask(), perArray, freeCpu, freeMem,
                running, planEveryJob, listeners);
        for (BackfillPlanner.Start st : starts) {
            take(st.allocation());
        }
        for (BackfillPlanner.Start st : starts) {
            pending.remove(st.job());
            listeners.forEach(l -> l.backfilled(st.job()));
            st.job().startedByBackfill = true;
            start(st.job(), st.allocation());
        }
        backfillSeenVersion = version;
    }

    // ---------------------------------------------------------------- job life cycle

    private void start(Job j, Allocation a) {
        if (j.isArrayTask() && j.id == j.arrayJobId && j.startTime == 0 && j.restarts == 0) {
            // Array tasks split off the array record with fresh ids; the last one keeps the array's id.
            boolean lastPending = true;
            for (Job t : arrays.get(j.arrayJobId)) {
                if (t != j && t.state == JobState.PENDING && t.startTime == 0) {
                    lastPending = false;
                    break;
                }
            }
            if (!lastPending) {
                j.id = nextJobId++;
            }
            byId.put(j.id, j);
        }
        j.allocNodes = a.nodes();
        j.allocCores = a.cores();
        j.allocMem = a.mem();
        j.tasksPerNode = a.tasks();
        for (int i = 0; i < a.nodes().length; i++) {
            Node n = nodes[a.nodes()[i]];
            n.allocCpus += a.cores()[i];
            n.allocMem += a.mem()[i];
        }
        j.state = JobState.RUNNING;
        j.reason = JobReason.NONE;
        j.reasonDetail = "";
        j.startTime = now;
        if (j.eligibleTime == 0) {
            j.eligibleTime = now;
        }
        running.add(j);
        if (j.isArrayTask()) {
            runningTasks.merge(j.arrayJobId, 1, Integer::sum);
        }
        version++;
        JobPayload payload = j.payload != null ? j.payload : new ScriptPayload(j.script, commands);
        j.result = payload.run(payload.needsEnvironment()
                ? JobEnvironments.build(j, nodes, arrays.get(j.arrayJobId), spec.clusterName(), now) : EMPTY_ENV);
        long limitSec = j.timeLimitMin == SlurmTimes.INFINITE ? Long.MAX_VALUE : j.timeLimitMin * 60;
        long runFor = Math.min(j.result.durationSeconds(), limitSec);
        j.runLimitEnd = limitSec == Long.MAX_VALUE ? Long.MAX_VALUE : now + limitSec;
        output.open(j);
        j.endEvent = schedule(now + runFor, SimEvent.PRIORITY_NORMAL, () -> finish(j));
        listeners.forEach(l -> l.started(j));
    }

    private void release(Job j) {
        if (j.endEvent != null && j.endEvent.isPending()) {
            sim.cancel(j.endEvent); // cancelled or requeued before its payload finished
        }
        j.endEvent = null;
        for (int i = 0; i < j.allocNodes.length; i++) {
            int n = j.allocNodes[i];
            nodes[n].allocCpus -= j.allocCores[i];
            nodes[n].allocMem -= j.allocMem[i];
            freeCpu[n] += j.allocCores[i];
            freeMem[n] += j.allocMem[i];
        }
        running.remove(j);
        if (j.isArrayTask()) {
            runningTasks.merge(j.arrayJobId, -1, Integer::sum);
            runningTasks.remove(j.arrayJobId, 0);
        }
        usage.merge(j.user, (double) j.allocCpus() * (now - j.startTime), Double::sum);
        requestPass();
        version++;
    }

    private void finish(Job j) {
        long elapsed = now - j.startTime;
        boolean timedOut = j.result.durationSeconds() > elapsed;
        release(j);
        j.endTime = now;
        if (timedOut) {
            j.state = JobState.TIMEOUT;
            j.reason = JobReason.TIME_LIMIT;
            j.exitCode = 0;
            j.exitSignal = 0;
            output.append(j, elapsed, stepdError(j, "*** JOB " + j.id + " ON " + output.firstNode(j) + " CANCELLED AT "
                    + SlurmTimes.date(now) + " DUE TO TIME LIMIT ***"));
        } else {
            j.exitCode = j.result.exitCode();
            j.state = j.exitCode == 0 ? JobState.COMPLETED : JobState.FAILED;
            j.reason = j.exitCode == 0 ? JobReason.NONE : JobReason.NON_ZERO_EXIT_CODE;
            output.append(j, elapsed, null);
        }
        listeners.forEach(l -> l.ended(j));
    }

    /**
     * A line slurmstepd writes into the job's output: 22.05's slurmstepd names its node in the
     * log prefix ({@code slurmstepd-pi01: error: ...}), as the real testbed shows.
     */
    private String stepdError(Job j, String message) {
        return "slurmstepd-" + output.firstNode(j) + ": error: " + message + "\n";
    }

    // ---------------------------------------------------------------- cancel and requeue

    /**
     * Cancels a pending or running job as {@code byUid}. Returns false if it had already ended.
     */
    public boolean cancel(Job j, int byUid) {
        if (j.state.finished()) {
            return false;
        }
        if (j.state == JobState.PENDING) {
            pending.remove(j);
            version++;
        } else {
            long elapsed = now - j.startTime;
            release(j);
            output.append(j, elapsed, stepdError(j, "*** JOB " + j.id + " ON " + output.firstNode(j) + " CANCELLED AT "
                    + SlurmTimes.date(now) + " ***"));
            j.exitSignal = 15;
        }
        j.state = JobState.CANCELLED;
        j.reason = JobReason.NONE;
        j.reasonDetail = "";
        j.cancelledBy = Integer.toString(byUid);
        j.endTime = now;
        requestPass();
        mainPass(false);
        listeners.forEach(l -> l.ended(j));
        return true;
    }

    private void requeueOrFail(Job j) {
        release(j);
        if (settings.jobRequeue() && j.requeueAllowed) {
            j.restarts++;
            j.state = JobState.PENDING;
            j.allocNodes = new int[0];
            j.allocCores = new int[0];
            j.allocMem = new long[0];
            j.tasksPerNode = new int[0];
            j.beginTime = now + settings.credExpire() + 1;
            j.beginCounted = false;
            j.startTime = 0;
            j.reason = JobReason.BEGIN_TIME;
            pending.add(j);
            timedPending++;
            armPeriodicPasses();
        } else {
            j.state = JobState.NODE_FAIL;
            j.reason = JobReason.NODE_DOWN;
            j.endTime = now;
            j.exitCode = 0;
            j.exitSignal = 0;
            output.append(j, now - j.startTime, "slurmstepd: error: *** JOB " + j.id + " ON " + output.firstNode(j)
                    + " CANCELLED AT " + SlurmTimes.date(now) + " DUE TO NODE FAILURE ***\n");
            listeners.forEach(l -> l.ended(j));
        }
    }

    // ---------------------------------------------------------------- node administration

    /** scontrol update NodeName=x State=DRAIN Reason=... */
    public void drain(Node n, String reason, String user) {
        n.markDrain(reason, user, now);
        nodeChanged(false);
    }

    /** scontrol update NodeName=x State=DOWN Reason=...: running jobs there are requeued or fail. */
    public void down(Node n, String reason, String user) {
        setDown(n, reason, user, false);
    }

    private void setDown(Node n, String reason, String user, boolean noResponse) {
        n.markDown(reason, user, now, noResponse);
        for (Job j : new ArrayList<>(running)) {
            for (int idx : j.allocNodes) {
                if (idx == n.index()) {
                    requeueOrFail(j);
                    break;
                }
            }
        }
        nodeChanged(false);
    }

    /** scontrol update NodeName=x State=RESUME: clears DOWN and DRAIN. */
    public void resume(Node n) {
        n.markResumed(now);
        nodeChanged(true);
    }

    /** scontrol update State=UNDRAIN. */
    public void undrain(Node n) {
        n.markUndrained();
        nodeChanged(true);
    }

    /** The node's slurmd stops answering (power off, cable out): {@code *} now, DOWN after SlurmdTimeout. */
    public void loseContact(Node n) {
        if (n.markNotResponding(now)) {
            version++;
            nodeStateVersion++;
            schedule(now + settings.slurmdTimeout(), SimEvent.PRIORITY_LOW, () -> nodeTimeout(n));
        }
    }

    /** The node's slurmd answers again; ReturnToService decides whether a DOWN node comes back. */
    public void regainContact(Node n) {
        n.markResponding(now, settings.returnToService());
        nodeChanged(true);
    }

    /** A node's state changed: new work may fit (or no longer), so the scheduler must look again. */
    private void nodeChanged(boolean scheduleNow) {
        version++;
        nodeStateVersion++;
        requestPass();
        if (scheduleNow) {
            mainPass(false);
        }
    }

    /** scontrol update PartitionName=x State=UP|DOWN|DRAIN|INACTIVE. */
    public void setPartitionState(Partition p, String state) {
        p.state = state;
        version++;
        requestPass();
        mainPass(false);
    }

    /** scontrol hold / release. */
    public void setHeld(Job j, boolean held) {
        if (j.state == JobState.PENDING) {
            j.held = held;
            if (held) {
                setReason(j, JobReason.JOB_HELD_USER, "");
            }
            version++;
            requestPass();
            mainPass(false);
        }
    }

    /**
     * {@code scontrol update JobId=...} on a job still pending: moves it to {@code partition} and/or
     * sets its time limit (minutes, or {@link SlurmTimes#INFINITE}); a null partition or an empty
     * limit leaves that one as it is.
     * Who may do what is the caller's business (the owner may lower, an operator may also raise).
     *
     * @throws IllegalStateException when the job no longer pends
     */
    public void updatePending(Job j, Partition partition, java.util.OptionalLong timeLimitMin) {
        if (j.state != JobState.PENDING) {
            throw new IllegalStateException("Job is no longer pending execution");
        }
        // the queue's order depends on the partition's tier: re-insert the job
        pending.remove(j);
        if (partition != null) {
            j.partition = partition;
        }
        if (timeLimitMin.isPresent()) {
            j.timeLimitMin = timeLimitMin.getAsLong();
        }
        j.plannedStart = 0;
        j.plannedNodeIdx = new int[0];
        pending.add(j);
        version++;
        requestPass();
        mainPass(false);
    }

    /**
     * An idle node that backfill holds for a pending job's planned start: 22.05 flags it PLANNED
     * (sinfo {@code plnd}, scontrol {@code IDLE+PLANNED}).
     */
    public boolean isPlanned(Node n) {
        if (n.allocCpus() > 0 || !n.usable()) {
            return false;
        }
        for (Job j : pending) {
            if (j.plannedStart > now) {
                for (int i : j.plannedNodeIdx) {
                    if (i == n.index()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The nodes backfill planned for a pending job, as a host list (empty if none planned). */
    public String plannedNodes(Job j) {
        List<String> names = new ArrayList<>();
        for (int n : j.plannedNodeIdx) {
            names.add(nodes[n].name());
        }
        return HostList.compress(names);
    }

    /** The output (or error) file path with %j %A %a %x %u %N %% replaced, made absolute. */
    public String outputPath(Job j, boolean error) {
        return output.path(j, error);
    }

    /** The output path scontrol shows for an array's own (never-started) record, %a as 4294967294. */
    public String arrayRecordOutputPath(Job j, boolean error) {
        return output.path(j, error, true);
    }

    /** Node names of a job's allocation, in allocation order. */
    public List<String> nodeNames(Job j) {
        List<String> out = new ArrayList<>();
        for (int n : j.allocNodes) {
            out.add(nodes[n].name());
        }
        return out;
    }

    /** Cores the job has on each allocated node (parallel to {@link #nodeNames}). */
    public int[] coresPerNode(Job j) {
        return j.allocCores.clone();
    }

    /** Memory per allocated node (MB). */
    public long[] memPerNode(Job j) {
        return j.allocMem.clone();
    }

    /** Output the job's payload produced (for srun, which prints it to the terminal). */
    public List<OutputLine> output(Job j) {
        return j.result == null ? List.of() : j.result.output();
    }

    /** Jobs currently running, oldest start first. */
    public List<Job> runningJobs() {
        List<Job> r = new ArrayList<>(running);
        r.sort(Comparator.comparingLong((Job x) -> x.startTime).thenComparingLong(x -> x.sequence));
        return r;
    }

    /** Pending jobs in scheduling order. */
    public List<Job> pendingJobs() {
        return new ArrayList<>(pending);
    }
}
