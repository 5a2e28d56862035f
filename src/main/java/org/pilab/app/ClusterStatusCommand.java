package org.pilab.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pilab.jobs.sweep.SweepTable;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.submit.JobQueries;
import org.pilab.realcluster.submit.JobResults;
import org.pilab.realcluster.submit.SbatchErrors;
import org.pilab.realcluster.submit.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilab cluster status [JOBID]}: sinfo, squeue and sacct of the real cluster, and a job's tasks. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the real cluster's nodes and queue, or one submitted job's progress.",
            "Without a JOBID: sinfo, squeue and (where accounting runs) sacct. With a JOBID that pilab submitted:"
                + " which tasks have results, which are queued or running, and which are missing."})
final class ClusterStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterConnectionOptions connection;

    @Parameters(index = "0", arity = "0..1", paramLabel = "JOBID", description = "A job submitted with pilab cluster submit.")
    String jobId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Submission> submission = Optional.empty();
        if (jobId != null) {
            submission = connection.store().find(jobId);
            if (submission.isEmpty()) {
                err.println("pilab cluster status: job " + jobId + " is not in " + connection.store().file()
                        + "; showing the cluster only");
            }
        }
        try {
            Head head = connection.head(submission.map(Submission::via));
            JobQueries q = new JobQueries(head);
            CommandResult sinfo = q.sinfo();
            if (!sinfo.ok()) {
                err.println("pilab cluster status: sinfo failed on " + head.describe() + " (exit " + sinfo.exitCode()
                        + "):\n  " + sinfo.message().replace("\n", "\n  ") + "\nWhat to do: "
                        + SbatchErrors.whatToDo(sinfo.exitCode(), sinfo.message(), head.describe()));
                err.flush();
                return 1;
            }
            section(out, "sinfo", sinfo);
            section(out, "squeue", q.squeue());
            Optional<CommandResult> sacct = q.sacct();
            if (sacct.isPresent()) {
                section(out, "sacct -X", sacct.get());
            } else {
                out.println("(sacct: this cluster keeps no accounting database; finished jobs are in JobCompLoc)");
            }
            if (submission.isPresent() && submission.get().isSweep()) {
                tasks(out, JobResults.collect(head, submission.get(), cacheFor(submission.get())));
            }
        } catch (ClusterException e) {
            err.println("pilab cluster status: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    static Path cacheFor(Submission s) {
        return Path.of(System.getProperty("java.io.tmpdir"), "pilab-results-" + s.fingerprint() + "-" + s.jobId());
    }

    private static void section(PrintWriter out, String title, CommandResult r) {
        out.println("== " + title + " ==");
        out.print(r.ok() ? r.stdout() : r.message() + "\n");
    }

    static void tasks(PrintWriter out, JobResults.Collected c) {
        Submission s = c.submission();
        out.println("== job " + s.jobId() + ": " + s.tasks() + " tasks, results in " + s.resultsDir() + " ==");
        out.println("with a result: " + (s.tasks() - c.missing().size()) + " of " + s.tasks());
        if (!c.stillRunning().isEmpty()) {
            out.println("queued or running: " + SweepTable.compact(c.stillRunning()));
            for (int t : c.stillRunning()) {
                out.println("  task " + t + ": " + c.states().get(t));
            }
        }
        if (!c.lost().isEmpty()) {
            out.println("missing (ended without a result, or no longer known to SLURM): " + SweepTable.compact(c.lost()));
            for (int t : c.lost()) {
                JobQueries.TaskState st = c.states().get(t);
                out.println("  task " + t + ": " + (st == null ? "not in the queue" : st) + "; log " + s.logFile(t));
            }
            out.println("  rerun only these with: sbatch --array=" + SweepTable.compact(c.lost()) + " " + s.runDir() + "/job.sbatch");
        }
        c.problems().forEach(p -> out.println("note: " + p));
    }
}
