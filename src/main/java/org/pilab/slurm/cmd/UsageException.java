package org.pilab.slurm.cmd;

/** A command-line error; the message is the full text the real tool prints to stderr. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UsageException(String stderr, int exitCode) {
        super(stderr);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    CommandResult result() {
        return CommandResult.error(getMessage(), exitCode);
    }
}
