package org.pilab.realcluster.submit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pilab.jobs.sweep.TaskResultFile;
import org.pilab.jobs.sweep.VariantResult;
import org.pilab.realcluster.exec.Head;

/**
 * What a submitted sweep has produced so far: the finished tasks' results (kept whatever
 * happened to the others) and, for each missing task, what SLURM says about it.
 */
public final class JobResults {

    /**
     * @param missing task ids without a result
     * @param states what SLURM knows about the missing tasks (absent: SLURM has forgotten them)
     * @param where the folder the results were read from
     */
    public record Collected(Submission submission, List<VariantResult> results, List<String> problems,
            List<Integer> missing, Map<Integer, JobQueries.TaskState> states, Path where) {

        public Collected {
            results = List.copyOf(results);
            problems = List.copyOf(problems);
            missing = List.copyOf(missing);
            states = Map.copyOf(states);
        }

        /** Missing tasks SLURM still runs or will run. */
        public List<Integer> stillRunning() {
            return missing.stream().filter(t -> states.containsKey(t) && states.get(t).active()).toList();
        }

        /** Missing tasks that ended without a result, or that SLURM no longer knows. */
        public List<Integer> lost() {
            return missing.stream().filter(t -> !states.containsKey(t) || !states.get(t).active()).toList();
        }
    }

    private JobResults() {
    }

    /** @param cache where results fetched over ssh are kept on this machine */
    public static Collected collect(Head head, Submission s, Path cache) {
        if (!s.isSweep()) {
            throw new IllegalArgumentException("job " + s.jobId() + " is a single backtest: its result is "
                    + s.resultsDir() + "/result.json");
        }
        Path dir = head.resultsHere(s.resultsDir(), cache);
        TaskResultFile.Gathered g;
        try {
            g = Files.isDirectory(dir) ? TaskResultFile.gather(dir, s.fingerprint())
                    : new TaskResultFile.Gathered(List.of(), List.of(dir + ": no results folder yet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read results in " + dir + ": " + e.getMessage(), e);
        }
        Set<Integer> have = new TreeSet<>();
        g.results().forEach(r -> have.add(r.task()));
        List<Integer> missing = new ArrayList<>();
        for (int t = 0; t < s.tasks(); t++) {
            if (!have.contains(t)) {
                missing.add(t);
            }
        }
        Map<Integer, JobQueries.TaskState> states = new java.util.TreeMap<>();
        if (!missing.isEmpty()) {
            states.putAll(new JobQueries(head).taskStates(s.jobId()));
            states.keySet().retainAll(missing);
        }
        return new Collected(s, g.results(), g.problems(), missing, states, dir);
    }
}
