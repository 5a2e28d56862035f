package org.pilab.slurm.ctl;

/**
 * A job submission as sbatch hands it to the controller. Unset numbers are 0 (or -1 for memory
 * and time), meaning "use the partition's / cluster's default". Fluent setters keep the many
 * optional fields readable at call sites.
 */
public final class JobRequest {

    /** Marks a time limit that was not given (the partition's DefaultTime, else MaxTime, applies). */
    public static final long UNSET = -2;

    String name = "";
    String user = "root";
    int uid;
    String account = "";
    String partition;
    int nodes;
    int ntasks;
    int cpusPerTask = 1;
    long memPerNodeMb = -1;
    long memPerCpuMb = -1;
    long timeLimitMin = UNSET;
    String output;
    String error;
    ArraySpec array;
    String dependency;
    boolean openAppend;
    String workDir = "/";
    /** The host sbatch/srun ran on (scontrol's AllocNode); null when unknown (trace replay). */
    String submitHost;
    String script = "";
    String command = "";
    JobPayload payload;
    long beginTime;
    boolean exclusive;
    boolean requeue = true;
    boolean hold;
    int nice;
    boolean interactive;
    /** -w/--nodelist: the job may only run on these nodes (a host list), or null. */
    String nodeList;

    public JobRequest name(String v) { name = v; return this; }
    public JobRequest nodeList(String hostList) { nodeList = hostList; return this; }
    /** -x/--exclude: the job may not run on these nodes (a host list), or null. */
    String exclude;
    public JobRequest exclude(String hostList) { exclude = hostList; return this; }
    public JobRequest user(String v, int id) { user = v; uid = id; return this; }
    public JobRequest account(String v) { account = v; return this; }
    public JobRequest partition(String v) { partition = v; return this; }
    public JobRequest nodes(int v) { nodes = v; return this; }
    public JobRequest ntasks(int v) { ntasks = v; return this; }
    public JobRequest cpusPerTask(int v) { cpusPerTask = v; return this; }
    public JobRequest memPerNode(long mb) { memPerNodeMb = mb; return this; }
    public JobRequest memPerCpu(long mb) { memPerCpuMb = mb; return this; }
    public JobRequest timeLimitMinutes(long v) { timeLimitMin = v; return this; }
    public JobRequest output(String v) { output = v; return this; }
    public JobRequest error(String v) { error = v; return this; }
    public JobRequest array(ArraySpec v) { array = v; return this; }
    public JobRequest dependency(String v) { dependency = v; return this; }
    public JobRequest openAppend(boolean v) { openAppend = v; return this; }
    public JobRequest workDir(String v) { workDir = v; return this; }
    public JobRequest submitHost(String v) { submitHost = v; return this; }
    public JobRequest script(String v) { script = v; return this; }
    public JobRequest command(String v) { command = v; return this; }
    public JobRequest payload(JobPayload v) { payload = v; return this; }
    public JobRequest beginTime(long epoch) { beginTime = epoch; return this; }
    public JobRequest exclusive(boolean v) { exclusive = v; return this; }
    public JobRequest requeue(boolean v) { requeue = v; return this; }
    public JobRequest hold(boolean v) { hold = v; return this; }
    public JobRequest nice(int v) { nice = v; return this; }
    /** An srun allocation rather than a batch job (accounting shows step 0, not .batch). */
    public JobRequest interactive(boolean v) { interactive = v; return this; }

    public String name() { return name; }
    public String user() { return user; }
    public String partition() { return partition; }
    public String script() { return script; }
}
