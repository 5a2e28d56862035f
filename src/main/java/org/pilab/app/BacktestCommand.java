package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab backtest}: Run a backtest from a JSON spec or QSTrader-style flags and print its tearsheet. */
@Command(name = "backtest", mixinStandardHelpOptions = true, description = "Run a backtest from a JSON spec or QSTrader-style flags and print its tearsheet.")
final class BacktestCommand extends NotBuiltYet {
}
