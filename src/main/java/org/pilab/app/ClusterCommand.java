package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab cluster}: Real-cluster mode: config bundle for physical Pis, sbatch submission, testbed. */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Real-cluster mode: config bundle for physical Pis, sbatch submission, testbed.")
final class ClusterCommand extends NotBuiltYet {
}
