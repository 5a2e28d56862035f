package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab data}: Market data: synthesise seeded Yahoo-style CSVs for larger universes. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Market data: synthesise seeded Yahoo-style CSVs for larger universes.")
final class DataCommand extends NotBuiltYet {
}
