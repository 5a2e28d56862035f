package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab job}: Run one job (a backtest or one sweep variant): what each array task calls. */
@Command(name = "job", mixinStandardHelpOptions = true, description = "Run one job (a backtest or one sweep variant): what each array task calls.")
final class JobCommand extends NotBuiltYet {
}
