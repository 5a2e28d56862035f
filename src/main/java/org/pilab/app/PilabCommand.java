package org.pilab.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code pilab} command: lists the sub-commands and wires picocli's behaviour. */
@Command(
        name = "pilab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Pi Cluster Lab: build a Raspberry Pi SLURM cluster, virtually then for real, and run"
                + " QSTrader-style backtests on it."
        },
        subcommands = {
            BacktestCommand.class,
            BenchCommand.class,
            SweepCommand.class,
            SimCommand.class,
            ShellCommand.class,
            TopCommand.class,
            LessonsCommand.class,
            PlanCommand.class,
            ClusterCommand.class,
            DataCommand.class,
            JobCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Run 'pilab COMMAND --help' for a command's options."})
public final class PilabCommand implements Callable<Integer> {

    /** What a bare {@code pilab} runs: the lesson shell at the laptop of an empty rack, lessons listed. */
    static final String[] DEFAULT_ARGS = {"shell", "--scenario", "fresh", "--welcome"};

    @Spec
    CommandSpec spec;

    /** How the cluster commands reach SLURM: this machine, or the virtual lab (see {@link LabPilab}). */
    private final ClusterAccess clusterAccess;

    public PilabCommand() {
        this(new LocalClusterAccess());
    }

    PilabCommand(ClusterAccess clusterAccess) {
        this.clusterAccess = clusterAccess;
    }

    ClusterAccess clusterAccess() {
        return clusterAccess;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new LocalClusterAccess());
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, ClusterAccess clusterAccess) {
        CommandLine cli = new CommandLine(new PilabCommand(clusterAccess));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
