package org.pilab.jobs.spec;

/**
 * A backtest spec that cannot be used: the message names the file (or source), the line and
 * column when known, the dotted field path and what to write instead. Callers print it as it is
 * and exit with status 2.
 */
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
