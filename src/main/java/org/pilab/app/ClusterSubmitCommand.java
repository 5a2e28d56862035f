package org.pilab.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.submit.Submission;
import org.pilab.realcluster.submit.Submitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilab cluster submit SPEC|SWEEP}: the engine job on real SLURM through sbatch. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Submit a backtest or a sweep to a real SLURM cluster with sbatch.",
            "A sweep becomes an array job: task N runs variant N ('java -jar JAR job run SPEC --out RESULTS')."
                + " The engine jar and the run folder live on the shared file system; the submission is recorded"
                + " for 'status' and 'results'."},
        footer = {"", "Example: pilab cluster submit datasets/examples/momentum_sweep.json --via ssh pi@pi01 --throttle 16"})
final class ClusterSubmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "SPEC|SWEEP", description = "A backtest spec or a sweep spec (JSON).")
    Path specFile;

    @Option(names = "--partition", paramLabel = "P", description = "The partition (default: the cluster's default).")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "Time limit per job or task, e.g. 30:00 (default: the partition's).")
    String time;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "/clusterfs/pilab",
            description = "The shared folder as the nodes see it (default: ${DEFAULT-VALUE}); runs go to DIR/runs/.")
    String shared;

    @Option(names = "--jar", paramLabel = "FILE", description = "The engine jar as the nodes see it (default: SHARED/pilab.jar).")
    String jar;

    @Option(names = "--throttle", paramLabel = "N", description = "At most N array tasks at once (--array=0-(N-1)%%T).")
    Integer throttle;

    @Option(names = "--cpus-per-task", paramLabel = "N", defaultValue = "1", description = "CPUs per task (default: ${DEFAULT-VALUE}).")
    int cpusPerTask;

    @Option(names = "--java-heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "The JVM heap of each task (default: ${DEFAULT-VALUE}; fits a 1 GB Pi).")
    String javaHeap;

    @Option(names = "--pre-command", paramLabel = "SHELL",
            description = "A shell line each task runs before the engine (e.g. 'sleep 30' for a demonstration).")
    String preCommand;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(specFile)) {
            throw new UserInputException(specFile + ": no such spec file");
        }
        ZonedDateTime now = connection.now();
        Submitter submitter = new Submitter(connection.head(Optional.empty()), connection.store(), connection.viaLabel());
        Submitter.Request request = new Submitter.Request(specFile, shared, jar, partition, time, throttle, cpusPerTask,
                javaHeap, preCommand);
        Submission s;
        try {
            s = submitter.submit(request, now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")),
                    now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (ClusterException e) {
            spec.commandLine().getErr().println("pilab cluster submit: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Submitted batch job " + s.jobId());
        out.println("  " + (s.isSweep() ? "array of " + s.tasks() + " tasks" : "one backtest") + ", run folder "
                + s.runDir());
        out.println("  follow it:  pilab cluster status " + s.jobId());
        out.println("  results:    pilab cluster results " + s.jobId());
        out.flush();
        return 0;
    }
}
