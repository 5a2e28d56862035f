package org.pilab.tui.dashboard;

import java.util.Objects;

/**
 * One row of squeue's default output.
 *
 * @param jobId JOBID, e.g. "42" or "1080_[5-1024]"
 * @param partition PARTITION
 * @param name NAME
 * @param user USER
 * @param state ST, the compact state: "R", "PD", "CG" ...
 * @param time TIME, as squeue formats it ("0:03", "1-02:00:00")
 * @param nodes NODES
 * @param nodeListOrReason NODELIST(REASON) as squeue prints it: "pi[01-02]" or "(Resources)"
 */
public record QueueRow(String jobId, String partition, String name, String user, String state,
        String time, int nodes, String nodeListOrReason) {

    public QueueRow {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(nodeListOrReason, "nodeListOrReason");
    }
}
