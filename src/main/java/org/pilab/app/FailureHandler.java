package org.pilab.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions thrown by a command into one clear message and an exit status.
 * Bad input (files, specs, arguments: {@link UserInputException} and the layers' own input
 * exceptions) exits 2; anything else exits 1
 * with its message, so a learner never sees a bare stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String name = cmd.getCommandSpec().qualifiedName();
        if (isBadInput(ex)) {
            cmd.getErr().println(name + ": " + ex.getMessage());
            cmd.getErr().flush();
            return UsageErrorHandler.USAGE_ERROR;
        }
        cmd.getErr().println(name + ": error: " + ex);
        if (System.getenv("PILAB_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return 1;
    }

    /** Exceptions that mean the user's input (a file, spec or argument) is wrong, not the program. */
    private static boolean isBadInput(Exception ex) {
        return ex instanceof UserInputException
                || ex instanceof org.pilab.engine.EngineInputException
                || ex instanceof org.pilab.jobs.spec.SpecException;
    }
}
