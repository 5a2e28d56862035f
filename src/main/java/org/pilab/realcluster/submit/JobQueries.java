package org.pilab.realcluster.submit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.Head;

/** squeue, sinfo and sacct on the head, read as SLURM prints them. */
public final class JobQueries {

    private final Head head;

    public JobQueries(Head head) {
        this.head = head;
    }

    public CommandResult sinfo() {
        return head.run("sinfo");
    }

    public CommandResult squeue() {
        return head.run("squeue");
    }

    /** sacct's recent jobs, or empty when the cluster keeps no accounting database. */
    public Optional<CommandResult> sacct() {
        CommandResult r = head.run("sacct", "-X");
        if (!r.ok() || r.message().toLowerCase(java.util.Locale.ROOT).contains("accounting storage is disabled")) {
            return Optional.empty();
        }
        return Optional.of(r);
    }

    /**
     * Each array task of {@code jobId} SLURM knows about, with its state and node: from squeue
     * (queued and running tasks) and, where accounting runs, from sacct (finished ones).
     */
    public Map<Integer, TaskState> taskStates(String jobId) {
        Map<Integer, TaskState> states = new TreeMap<>();
        CommandResult acct = head.run("sacct", "-n", "-P", "-X", "-j", jobId, "-o", "JobID,State,NodeList");
        if (acct.ok() && !acct.message().toLowerCase(java.util.Locale.ROOT).contains("disabled")) {
            parse(acct.stdout(), jobId, states);
        }
        CommandResult q = head.run("squeue", "-h", "-r", "-j", jobId, "-o", "%i|%T|%N");
        if (q.ok()) {
            parse(q.stdout(), jobId, states);
        }
        return states;
    }

    private static void parse(String text, String jobId, Map<Integer, TaskState> into) {
        for (String line : text.lines().toList()) {
            List<String> f = List.of(line.strip().split("\\|", -1));
            if (f.size() < 3 || !f.get(0).startsWith(jobId + "_")) {
                continue;
            }
            String index = f.get(0).substring(jobId.length() + 1);
            if (index.matches("[0-9]+")) {
                into.put(Integer.parseInt(index), new TaskState(f.get(1).strip(), f.get(2).strip()));
            }
        }
    }

    /** @param node the node list, empty while pending */
    public record TaskState(String state, String node) {

        public boolean active() {
            return state.equals("PENDING") || state.equals("RUNNING") || state.equals("REQUEUED")
                    || state.equals("CONFIGURING") || state.equals("COMPLETING") || state.startsWith("RESIZ")
                    || state.equals("SUSPENDED");
        }

        @Override
        public String toString() {
            return node.isEmpty() || node.equals("(null)") || node.equals("None assigned") ? state : state + " on " + node;
        }
    }
}
