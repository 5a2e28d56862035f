package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab top}: Full-screen dashboard of the virtual cluster's nodes, queue and jobs. */
@Command(name = "top", mixinStandardHelpOptions = true, description = "Full-screen dashboard of the virtual cluster's nodes, queue and jobs.")
final class TopCommand extends NotBuiltYet {
}
