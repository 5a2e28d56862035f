package org.pilab.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.progress.ProgressStore;
import org.pilab.lessons.tutor.Tutor;
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

    @Option(names = "--on", paramLabel = "HOST",
            description = "Start logged in to HOST over ssh, or on the laptop with its name (default: the head node "
                    + "of a ready cluster, else the laptop).")
    String on;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Read the lessons the tutor offers from DIR (default: ./lessons in a clone, else the copy "
                    + "in the jar).")
    Path lessonsDir;

    @Option(names = "--progress", paramLabel = "FILE",
            description = "The lesson progress file (default: $PILAB_HOME/progress.json, else ~/.pilab/progress.json).")
    Path progressFile;

    @Option(names = "--welcome",
            description = "Greet with the list of lessons before the first prompt (what a bare `pilab` does).")
    boolean welcome;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of everything random in the lab (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Lab lab = buildLab();
        LabSession session = new LabSession(lab);
        Optional<String> start = on != null ? Optional.of(on) : defaultStartHost(lab);
        start = start.filter(h -> !h.equals(lab.laptop().hostname()));
        try {
            start.ifPresent(session::startOn);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--on: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Tutor> tutor = connectTutor(session, out, err);
        session.withScenarios(Scenarios.NAMES, words -> scenarioLab(words, tutor));
        if (System.console() != null) {
            Integer status = interactive(session, err);
            if (status != null) {
                return status;
            }
        }
        return new ScriptedShell(session, out, err).run(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /**
     * The lesson tutor on this shell: lessons, lesson N, check, hint, solution, next, reset from any
     * prompt. Lessons build their own labs with {@link LessonLabs}, so a lesson replays the same in
     * the shell as in {@code pilab lessons verify}. Without readable lessons the shell still runs.
     */
    private Optional<Tutor> connectTutor(LabSession session, PrintWriter out, PrintWriter err) {
        Catalogue catalogue;
        try {
            catalogue = LessonsCommand.catalogue(lessonsDir);
        } catch (UserInputException e) {
            err.println("pilab shell: no lessons in this shell: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
        ProgressStore store = progressFile != null ? new ProgressStore(progressFile)
                : ProgressStore.atDefaultLocation(System.getenv(), System.getProperty("user.home"));
        Tutor tutor = new Tutor(catalogue, store, LessonLabs.factory());
        tutor.localDir(Path.of("").toAbsolutePath());
        TutorHooks.connect(tutor, session);
        tutor.startupMessage().ifPresent(err::print);
        if (welcome) {
            out.print("Welcome to Pi Cluster Lab. You are at your laptop, next to a rack of Raspberry Pis.\n\n");
            out.print(tutor.lessons());
        }
        out.flush();
        err.flush();
        return Optional.of(tutor);
    }

    /**
     * The {@code scenario NAME [FAULT...]} command inside the shell: a new lab of that scenario,
     * fitted out like the first one, with the tutor's commands on its hosts.
     */
    private Lab scenarioLab(String words, Optional<Tutor> tutor) {
        List<String> parts = List.of(words.trim().split("\\s+"));
        Lab lab = Scenarios.build(parts.get(0), seed);
        for (String fault : parts.subList(1, parts.size())) {
            lab.inject(Fault.parse(fault));
        }
        VirtualJobRun.install(lab);
        try {
            stockLaptop(lab);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot put the example specs on the virtual laptop", e);
        }
        tutor.ifPresent(t -> t.install(lab.network()));
        return lab;
    }

    /**
     * A ready cluster (slurm-ready, or one built from a slurm.conf) starts on its head node,
     * where SLURM's client commands are installed; a cluster still to be built starts on the
     * laptop.
     */
    private Optional<String> defaultStartHost(Lab lab) {
        boolean ready = slurmConf != null || (scenarioFile == null && scenario.equals(Scenarios.SLURM_READY));
        if (!ready) {
            return Optional.empty();
        }
        Optional<String> head = lab.slurm().controllerHost().map(h -> h.hostname());
        return head.isPresent() ? head : lab.boards().stream().findFirst().map(h -> h.hostname());
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
        // the launcher a `pilab` installation puts on the laptop's PATH
        laptop.fs().install(LabPrompts.LAUNCHER, "#!/bin/sh\nexec java -jar \"$HOME/pilab.jar\" \"$@\"\n", 0, 0, 0755);
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
