package org.pilab.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pilab.jobs.sweep.SweepRanking;
import org.pilab.jobs.sweep.SweepTable;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.submit.JobResults;
import org.pilab.realcluster.submit.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilab cluster results JOBID}: a sweep array's results, ranked like a local sweep. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"Gather and rank the results of a sweep pilab submitted.",
            "The ranking is the same table as 'pilab sweep'. Finished tasks count even while others are missing;"
                + " the missing ones are listed."})
final class ClusterResultsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterConnectionOptions connection;

    @Parameters(index = "0", arity = "0..1", paramLabel = "JOBID",
            description = "The job id 'pilab cluster submit' printed (default: the latest submission).")
    String jobId;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Rows of the ranking to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where results fetched over ssh are kept (default: a folder in the temp dir).")
    Path cache;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new UserInputException("--top must be at least 1");
        }
        Submission s = jobId == null
                ? connection.store().latest().orElseThrow(() -> new UserInputException("no submission is recorded in "
                        + connection.store().file() + "; submit with 'pilab cluster submit' first (or give --state FILE"
                        + " if it was recorded elsewhere)"))
                : connection.store().find(jobId).orElseThrow(() -> new UserInputException("job " + jobId
                        + " is not in " + connection.store().file() + "; give the id 'pilab cluster submit' printed"
                        + " (or --state FILE if it was recorded elsewhere)"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!s.isSweep()) {
            out.println("Job " + s.jobId() + " is one backtest; its result is " + s.resultsDir() + "/result.json"
                    + " (pilab backtest --help shows how to read it).");
            out.flush();
            return 0;
        }
        JobResults.Collected c;
        try {
            Head head = connection.head(java.util.Optional.of(s.via()));
            c = JobResults.collect(head, s, cache != null ? cache : ClusterStatusCommand.cacheFor(s));
        } catch (ClusterException e) {
            err.println("pilab cluster results: " + e.getMessage());
            err.flush();
            return 1;
        }
        c.problems().forEach(p -> err.println("pilab cluster results: " + p));
        if (c.results().isEmpty()) {
            out.println("No results of job " + s.jobId() + " yet (" + s.tasks() + " tasks).");
            ClusterStatusCommand.tasks(out, c);
            out.flush();
            return 1;
        }
        out.print(SweepTable.render(SweepRanking.rank(c.results(), s.tasks()), top));
        if (!c.missing().isEmpty()) {
            out.println();
            ClusterStatusCommand.tasks(out, c);
        }
        out.flush();
        return 0;
    }
}
