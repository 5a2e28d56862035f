package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab bench}: Measure the engine's speed on a spec (asset-days per second). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the engine's speed on a spec (asset-days per second).")
final class BenchCommand extends NotBuiltYet {
}
