package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab job}: runs one job, the entry point of every array task. */
@Command(name = "job", mixinStandardHelpOptions = true,
        description = "Run one job (a backtest or one sweep variant): what each array task calls.",
        subcommands = {JobRunCommand.class})
final class JobCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing sub-command: use 'pilab job run'");
    }
}
