package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab sim}: Replay an SWF workload trace through SLURM's schedulers and compare them. */
@Command(name = "sim", mixinStandardHelpOptions = true, description = "Replay an SWF workload trace through SLURM's schedulers and compare them.")
final class SimCommand extends NotBuiltYet {
}
