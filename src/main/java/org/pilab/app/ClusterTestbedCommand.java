package org.pilab.app;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.ProcessRunner;
import org.pilab.realcluster.testbed.TestbedScripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilab cluster testbed up|down|status}: the real SLURM daemons as virtual Pis on this machine. */
@Command(name = "testbed", mixinStandardHelpOptions = true,
        description = {"Start, stop or show a real SLURM cluster of virtual Pis on this Linux machine.",
            "It runs Debian's slurm-wlm and munge with one network namespace per Pi. 'up' and 'down' need root.",
            "Wraps the scripts in cluster-mode/testbed (see its README.md)."},
        footer = {"", "Example: sudo pilab cluster testbed up --conf my-cluster/slurm.conf --lab /tmp/lab",
            "         export SLURM_CONF=/tmp/lab/slurm.conf; sinfo"})
final class ClusterTestbedCommand implements Callable<Integer> {

    enum Action { up, down, status }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "up|down|status", description = "What to do.")
    Action action;

    @Option(names = "--lab", paramLabel = "DIR", defaultValue = "/tmp/pilab-testbed",
            description = "The testbed's folder: config, logs, state (default: ${DEFAULT-VALUE}).")
    Path lab;

    @Option(names = "--conf", paramLabel = "FILE", description = "For up: the bundle's slurm.conf (pilab cluster init writes it).")
    Path conf;

    @Option(names = "--nodes", paramLabel = "N", description = "For up: run N nodes (fewer or more than the bundle has).")
    Integer nodes;

    @Option(names = "--accounting", description = "For up: also MariaDB and slurmdbd, so sacct works.")
    boolean accounting;

    @Option(names = "--json", description = "For status: one JSON object.")
    boolean json;

    @Option(names = "--scripts", paramLabel = "DIR", description = "The cluster-mode/testbed folder (default: found next to pilab).")
    Path scripts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandResult r;
        try {
            TestbedScripts tb = new TestbedScripts(TestbedScripts.locate(Optional.ofNullable(scripts), jarPath(),
                    Path.of("")), new ProcessRunner());
            tb.requireUsable(System.getenv(), action != Action.status);
            r = switch (action) {
                case up -> {
                    if (conf == null) {
                        throw new UserInputException("testbed up needs --conf FILE: the bundle's slurm.conf"
                                + " (pilab cluster init --out DIR writes DIR/slurm.conf)");
                    }
                    if (!Files.isReadable(conf)) {
                        throw new UserInputException("--conf " + conf + ": no such file");
                    }
                    yield tb.up(conf.toAbsolutePath(), lab.toAbsolutePath(), Optional.ofNullable(nodes), accounting);
                }
                case down -> tb.down(lab.toAbsolutePath());
                case status -> tb.status(lab.toAbsolutePath(), json);
            };
        } catch (ClusterException e) {
            err.println("pilab cluster testbed: " + e.getMessage());
            err.flush();
            return 3;
        }
        err.print(r.stderr());
        err.flush();
        out.print(r.stdout());
        if (action == Action.up && r.ok()) {
            err.println("pilab: the testbed is up; run the export line above, then: sinfo");
        }
        out.flush();
        return r.exitCode();
    }

    private static Optional<Path> jarPath() {
        try {
            var source = ClusterTestbedCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
