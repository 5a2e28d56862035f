package org.pilab.realcluster.submit;

/**
 * One job pilab submitted, as recorded so that its results can be found later.
 *
 * @param via "local" or the ssh target (USER@HEAD) the job went through
 * @param spec the spec file as given on this machine
 * @param runDir the job's folder on the shared file system (spec.json, job.sbatch, logs/, results/)
 * @param tasks array tasks of a sweep; 0 for a single backtest
 * @param submitted ISO-8601 time of submission
 */
public record Submission(String jobId, String via, String spec, String fingerprint, int tasks, String runDir,
        String submitted) {

    public boolean isSweep() {
        return tasks > 0;
    }

    public String resultsDir() {
        return runDir + "/results";
    }

    public String logsDir() {
        return runDir + "/logs";
    }

    /** The log of array task {@code task} (or of the whole job for a single backtest). */
    public String logFile(int task) {
        return isSweep() ? logsDir() + "/" + jobId + "_" + task + ".out" : logsDir() + "/" + jobId + ".out";
    }
}
