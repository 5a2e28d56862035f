package org.pilab.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pilab cluster}: real-cluster mode: config bundle for physical Pis, sbatch submission, testbed. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        // the first element is the one-line summary in 'pilab --help'; each element is a paragraph
        description = {"Real-cluster mode: configure physical Pis and run engine jobs on real SLURM.",
            "A config bundle for physical Pis, real sbatch submission of engine jobs, their status and results,"
                + " and a real SLURM testbed on this machine."},
        subcommands = {ClusterInitCommand.class, ClusterSubmitCommand.class, ClusterStatusCommand.class,
            ClusterResultsCommand.class, ClusterTestbedCommand.class})
final class ClusterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing sub-command: use 'pilab cluster init', 'submit', 'status', 'results' or 'testbed'");
    }
}
