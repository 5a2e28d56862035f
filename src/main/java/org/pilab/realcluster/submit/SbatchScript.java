package org.pilab.realcluster.submit;

import java.util.Optional;
import java.util.regex.Pattern;
import org.pilab.realcluster.exec.ShellQuote;

/**
 * The batch script of one engine job: {@code #SBATCH} lines, then one
 * {@code java -jar JAR job run SPEC --out RESULTS}, after a start line naming the node. For a sweep it is an array job whose tasks
 * each run one variant ({@code pilab job run} reads SLURM_ARRAY_TASK_ID). Jobs are requeued
 * when their node dies and append to their log, so a log shows every start.
 *
 * @param partition null for the cluster's default partition
 * @param time null for the partition's default time limit
 * @param tasks array size for a sweep; empty for a single backtest
 * @param throttle at most this many array tasks at once (the {@code %N} of --array); empty for no cap
 * @param javaHeap the JVM's -Xmx value, e.g. 512m (small enough for a 1 GB Pi)
 * @param preCommand a shell line run before the engine (e.g. {@code sleep 30} to keep tasks
 *        running longer in a demonstration); null for none. It is the user's own shell code.
 */
public record SbatchScript(String jobName, String partition, String time, Optional<Integer> tasks,
        Optional<Integer> throttle, int cpusPerTask, String javaHeap, String jar, String spec, String results,
        String logs, String workDir, String preCommand) {

    /** Characters #SBATCH lines and slurm.conf read without quoting. */
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9_./+:@,-]*");
    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_.:+-]+");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    public SbatchScript {
        for (String p : new String[] {jar, spec, results, logs, workDir}) {
            if (!SAFE_PATH.matcher(p).matches()) {
                throw new IllegalArgumentException("path '" + p + "' must be absolute and hold only letters, digits"
                        + " and _./+:@,- (no blanks): #SBATCH lines cannot quote");
            }
        }
        if (!SAFE_WORD.matcher(jobName).matches()) {
            throw new IllegalArgumentException("job name '" + jobName + "' may hold only letters, digits and _.:+-");
        }
        if (partition != null && !SAFE_WORD.matcher(partition).matches()) {
            throw new IllegalArgumentException("--partition '" + partition + "' is not a partition name");
        }
        if (time != null && !time.matches("[0-9:-]+|UNLIMITED|INFINITE")) {
            throw new IllegalArgumentException("--time '" + time + "' is not a SLURM time (minutes, MM:SS, HH:MM:SS,"
                    + " D-HH, D-HH:MM or D-HH:MM:SS)");
        }
        if (tasks.isPresent() && tasks.get() < 1) {
            throw new IllegalArgumentException("an array needs at least one task");
        }
        if (throttle.isPresent() && throttle.get() < 1) {
            throw new IllegalArgumentException("--throttle must be at least 1");
        }
        if (cpusPerTask < 1) {
            throw new IllegalArgumentException("--cpus-per-task must be at least 1");
        }
        if (!HEAP.matcher(javaHeap).matches()) {
            throw new IllegalArgumentException("--java-heap '" + javaHeap + "' is not a JVM size like 512m or 1g");
        }
        if (preCommand != null && (preCommand.contains("\n") || preCommand.contains("\r"))) {
            throw new IllegalArgumentException("--pre-command must be one line");
        }
    }

    /** {@code 0-(N-1)} or {@code 0-(N-1)%T}: what --array gets. */
    public Optional<String> arraySpec() {
        return tasks.map(n -> "0-" + (n - 1) + throttle.map(t -> "%" + t).orElse(""));
    }

    public String render() {
        StringBuilder out = new StringBuilder("#!/bin/bash\n");
        out.append("# ").append(tasks.isPresent()
                ? "Sweep: array task N runs variant N of the sweep."
                : "One backtest.").append(" Made by pilab.\n");
        sbatch(out, "--job-name=" + jobName);
        if (partition != null) {
            sbatch(out, "--partition=" + partition);
        }
        if (time != null) {
            sbatch(out, "--time=" + time);
        }
        arraySpec().ifPresent(a -> sbatch(out, "--array=" + a));
        sbatch(out, "--ntasks=1");
        sbatch(out, "--cpus-per-task=" + cpusPerTask);
        sbatch(out, "--output=" + logs + (tasks.isPresent() ? "/%A_%a.out" : "/%j.out"));
        // A requeued job (its node died) appends, so its log keeps both starts.
        sbatch(out, "--open-mode=append");
        sbatch(out, "--requeue");
        sbatch(out, "--chdir=" + workDir);
        // Below the directives every line is one plain command with its paths written out, each
        // quoted for the shell (they are also checked above): no variables, conditions or exec,
        // so the script reads the same to bash on a Pi and to the virtual cluster's batch runner. A
        // node without the shared folder fails in java itself: "Unable to access jarfile JAR",
        // after the start line that names the node.
        out.append("echo \"pilab: start ").append(tasks.isPresent() ? "task ${SLURM_ARRAY_TASK_ID} of " : "")
                .append("job ${SLURM_JOB_ID} on $(hostname) at $(date -u +%Y-%m-%dT%H:%M:%SZ)\"\n");
        if (preCommand != null && !preCommand.isBlank()) {
            out.append("# pre-command\n").append(preCommand).append('\n');
        }
        out.append("java -Xmx").append(javaHeap).append(" -XX:+UseSerialGC -jar ").append(ShellQuote.quote(jar))
                .append(" job run ").append(ShellQuote.quote(spec)).append(" --out ").append(ShellQuote.quote(results))
                .append('\n');
        return out.toString();
    }

    private static void sbatch(StringBuilder out, String option) {
        out.append("#SBATCH ").append(option).append('\n');
    }
}
