package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab sweep}: Run a parameter sweep (every variant of a grid) and rank the results. */
@Command(name = "sweep", mixinStandardHelpOptions = true, description = "Run a parameter sweep (every variant of a grid) and rank the results.")
final class SweepCommand extends NotBuiltYet {
}
