package org.pilab.lessons.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilab.lessons.model.Check;

/**
 * node_state and job checks: they ask the head node's own SLURM tools (sinfo, sacct, squeue) as
 * the lesson user, so they see exactly what the learner would.
 */
final class SlurmChecks {

    private SlurmChecks() {
    }

    static CheckResult nodeState(Check.NodeState n, SilentShell shell) {
        String head = shell.lab().headNode();
        SilentShell.Outcome r = shell.run(head, Optional.empty(), "sinfo -N -h -o \"%N %t\"");
        if (!r.reachable()) {
            return CheckResult.fail(n, head + " is not up on the network");
        }
        if (r.status() != 0) {
            return CheckResult.fail(n, "sinfo on " + head + " failed: " + firstLine(r.terminal()));
        }
        Map<String, String> seen = new HashMap<>();
        for (String line : r.output().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2) {
                String prev = seen.get(f[0]);
                // a node in several partitions appears once per partition: a bad state on any line counts
                if (prev == null || !n.states().contains(f[1])) {
                    seen.put(f[0], f[1]);
                }
            }
        }
        for (String node : n.nodes()) {
            String state = seen.get(node);
            if (state == null) {
                return CheckResult.fail(n, node + " is not in sinfo");
            }
            if (!n.states().contains(state)) {
                return CheckResult.fail(n, node + " is " + state);
            }
        }
        return CheckResult.pass(n);
    }

    static CheckResult job(Check.Job j, SilentShell shell) {
        String head = shell.lab().headNode();
        SilentShell.Outcome r = shell.run(head, Optional.empty(),
                "sacct -a -X -n -P -S 2000-01-01 -o JobID,JobName,Partition,State --name=" + j.name());
        List<String[]> rows;
        if (r.reachable() && r.status() == 0) {
            rows = rows(r.output());
        } else {
            // no accounting: squeue still shows pending and running jobs
            SilentShell.Outcome q = shell.run(head, Optional.empty(), "squeue -a -h -o \"%i|%j|%P|%T\" -n " + j.name());
            if (!q.reachable()) {
                return CheckResult.fail(j, head + " is not up on the network");
            }
            if (q.status() != 0) {
                return CheckResult.fail(j, "sacct and squeue on " + head + " failed: " + firstLine(q.terminal()));
            }
            rows = rows(q.output());
        }
        int count = 0;
        String lastState = null;
        for (String[] row : rows) {
            if (!row[1].equals(j.name()) || j.array() && !row[0].contains("_")) {
                continue;
            }
            if (j.partition().isPresent() && !j.partition().get().equals(row[2])) {
                continue;
            }
            lastState = row[3];
            // "CANCELLED by 1000" is CANCELLED
            if (row[3].equals(j.state()) || row[3].startsWith(j.state() + " ")) {
                count++;
            }
        }
        if (count >= j.minCount()) {
            return CheckResult.pass(j);
        }
        if (lastState == null) {
            return CheckResult.fail(j, "no job named " + j.name());
        }
        return CheckResult.fail(j, count + " of " + j.minCount() + " " + j.state() + ", latest is " + lastState);
    }

    private static List<String[]> rows(String text) {
        return text.lines().map(l -> l.split("\\|", -1)).filter(f -> f.length >= 4).toList();
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }
}
