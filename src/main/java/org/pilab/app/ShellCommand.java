package org.pilab.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pilab.shell.ScriptedShell;
import org.pilab.shell.ShellSession;
import org.pilab.shell.session.LabSession;
import org.pilab.slurm.lab.Fault;
import org.pilab.slurm.lab.Lab;
import org.pilab.slurm.lab.ScenarioFileReader;
import org.pilab.slurm.lab.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pilab shell}: the learner's laptop next to a virtual rack of Pis. On a terminal it is
 * the interactive shell; with stdin from a pipe or file it runs one command per line and prints
 * only their output, like {@code bash -s}, and exits with the last command's status.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Start the lesson shell on the virtual cluster.",
            "With stdin not a terminal, runs one command per line (like bash -s): only the commands' output "
                + "is printed, the virtual clock moves only with the commands (sleep N jumps at once), and the "
                + "exit status is the last command's."})
final class ShellCommand implements Callable<Integer> {

    private static final String INTERACTIVE = "org.pilab.shell.interactive.InteractiveShell";

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = Scenarios.SLURM_READY,
            description = "Starting state: fresh, networked or slurm-ready (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--scenario-file", paramLabel = "FILE",
            description = "Build the rack from a scenario file (docs/scenario-file.md).")
    Path scenarioFile;

    @Option(names = "--slurm-conf", paramLabel = "FILE",
            description = "Build the cluster from a real slurm.conf: its nodes and partitions, all up and idle.")
    Path slurmConf;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "Inject a troubleshooting fault (munge-key, clock-skew, cpu-count, real-memory, slurmd-down, "
                + "nfs-mount; NAME@node to choose the node). Repeatable.")
    List<String> faults = List.of();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of everything random in the lab (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Lab lab = buildLab();
        ShellSession session = new LabSession(lab);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (System.console() != null) {
            Integer status = interactive(session, err);
            if (status != null) {
                return status;
            }
        }
        return new ScriptedShell(session, out, err).run(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** The lab the options ask for, with {@code pilab job run} wired to the engine. */
    Lab buildLab() throws IOException {
        int sources = (scenarioFile != null ? 1 : 0) + (slurmConf != null ? 1 : 0);
        if (sources > 1) {
            throw new UserInputException("--scenario-file and --slurm-conf each build the whole lab: give one of them");
        }
        Lab lab;
        try {
            if (scenarioFile != null) {
                lab = ScenarioFileReader.build(scenarioFile, seed);
            } else if (slurmConf != null) {
                if (!Files.isRegularFile(slurmConf)) {
                    throw new UserInputException(slurmConf + ": no such file");
                }
                lab = Scenarios.fromSlurmConf(Files.readString(slurmConf, StandardCharsets.UTF_8), seed);
            } else {
                lab = Scenarios.build(scenario, seed);
            }
            for (String f : faults) {
                lab.inject(Fault.parse(f));
            }
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        VirtualJobRun.install(lab);
        stockLaptop(lab);
        return lab;
    }

    /**
     * The laptop holds ~/pilab.jar (a stand-in: inside virtual jobs {@code java -jar .../pilab.jar}
     * runs this program) and the example specs under ~/datasets/examples, as the lessons expect.
     */
    static void stockLaptop(Lab lab) throws IOException {
        var laptop = lab.laptop();
        var learner = laptop.accounts().user(lab.learner()).orElseThrow();
        laptop.fs().install(learner.home() + "/pilab.jar", "PK\u0003\u0004 pilab " + VersionProvider.version()
                + " (the virtual lab runs it as this program)\n", learner.uid(), learner.gid(), 0644);
        Path examples = Path.of("datasets", "examples");
        if (!Files.isDirectory(examples)) {
            return;
        }
        try (var files = Files.list(examples)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                laptop.fs().install(learner.home() + "/datasets/examples/" + f.getFileName(),
                        Files.readString(f, StandardCharsets.UTF_8), learner.uid(), learner.gid(), 0644);
            }
        }
        laptop.fs().chown(learner.home() + "/datasets", learner.uid(), learner.gid(),
                org.pilab.node.fs.FsCredentials.ROOT);
        laptop.fs().chown(learner.home() + "/datasets/examples", learner.uid(), learner.gid(),
                org.pilab.node.fs.FsCredentials.ROOT);
    }

    /** Runs the interactive front end when this build has it; null (after a note) when not. */
    private static Integer interactive(ShellSession session, PrintWriter err) {
        try {
            Class<?> shell = Class.forName(INTERACTIVE);
            Object status = shell.getMethod("runOnSystemTerminal", ShellSession.class).invoke(null, session);
            return (Integer) status;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            err.println("pilab shell: the interactive shell is not in this build; reading commands line by line.");
            err.flush();
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("interactive shell failed: " + cause.getMessage(), cause);
        }
    }
}
