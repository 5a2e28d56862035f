package org.pilab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.pilab.shell.Interrupt;
import org.pilab.shell.session.LabDashboard;
import org.pilab.shell.session.LabSession;
import org.pilab.slurm.lab.Lab;
import org.pilab.slurm.lab.Scenarios;
import org.pilab.tui.FullScreenTerminal;
import org.pilab.tui.dashboard.Controls;
import org.pilab.tui.dashboard.Dashboard;
import org.pilab.tui.dashboard.DashboardSnapshot;
import org.pilab.tui.dashboard.NodeStatus;
import org.pilab.tui.dashboard.QueueRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pilab top}: the slurm-ready cluster with a small seeded workload, on the full-screen
 * dashboard; every refresh lets the virtual clock run {@code --step} seconds. Without a terminal
 * (output to a pipe or file) it prints one frame as plain text after {@code --step} seconds and
 * exits, so scripts and tests can read it.
 */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = {"Full-screen dashboard of the virtual cluster's nodes, queue and jobs.",
            "Without a terminal, prints one frame as text."})
final class TopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the lab and its workload.")
    long seed;

    @Option(names = "--step", paramLabel = "SECONDS", defaultValue = "30",
            description = "Virtual seconds per refresh (default: ${DEFAULT-VALUE}).")
    long stepSeconds;

    @Override
    public Integer call() throws IOException {
        if (stepSeconds < 1) {
            throw new UserInputException("--step must be at least 1 second, got " + stepSeconds);
        }
        Lab lab = Scenarios.slurmReady(seed);
        VirtualJobRun.install(lab);
        submitDemoWorkload(lab, seed);
        LabDashboard source = new LabDashboard(lab, stepSeconds * 1000);
        if (System.console() == null) {
            printFrame(source.snapshot(), spec.commandLine().getOut());
            return 0;
        }
        try (FullScreenTerminal terminal = FullScreenTerminal.system()) {
            Dashboard.run(terminal, source, Controls.defaults());
        }
        return 0;
    }

    /** A dozen jobs of seeded lengths and sizes, submitted on pi01 as user pi. */
    static void submitDemoWorkload(Lab lab, long seed) {
        LabSession s = new LabSession(lab);
        s.execute("ssh pi01", Interrupt.none());
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            int cpus = 1 + r.nextInt(4);
            int minutes = 2 + r.nextInt(20);
            s.execute("sbatch --job-name=demo" + i + " --cpus-per-task=" + cpus + " --time=" + (minutes + 5)
                    + " --output=/dev/null --wrap='sleep " + minutes * 60 + "'", Interrupt.none());
        }
        s.execute("sbatch --job-name=sweep --array=0-15%4 --time=10 --output=/dev/null --wrap='sleep 240'",
                Interrupt.none());
    }

    static void printFrame(DashboardSnapshot snap, PrintWriter out) {
        out.printf(Locale.ROOT, "%s  %s  running %d  pending %d  %.1f W  %.0f%% CPUs allocated%n", snap.virtualTime(),
                snap.clusterName(), snap.totals().runningJobs(), snap.totals().pendingJobs(), snap.totals().powerW(),
                snap.totals().utilisationPercent());
        out.println("NODE   STATE  CPUS  MEM(MB)     TEMP   MHZ  POWER");
        for (NodeStatus n : snap.nodes()) {
            out.printf(Locale.ROOT, "%-6s %-6s %d/%d  %5d/%-5d %5.1fC %5d %5.1fW%n", n.name(), n.state(),
                    n.cpusAllocated(), n.cpusTotal(), n.memoryUsedMb(), n.memoryTotalMb(), n.temperatureC(),
                    n.clockMhz(), n.powerW());
        }
        out.println("JOBID        PARTITION NAME     USER  ST   TIME NODES NODELIST(REASON)");
        for (QueueRow q : snap.queue()) {
            out.printf(Locale.ROOT, "%-12s %-9s %-8s %-5s %-2s %6s %5d %s%n", q.jobId(), q.partition(), q.name(),
                    q.user(), q.state(), q.time(), q.nodes(), q.nodeListOrReason());
        }
        out.flush();
    }
}
