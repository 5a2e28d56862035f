package org.pilab.jobs.sweep;

/** A sweep spec that cannot be run: the message names the file, the place and what to do. */
public final class SweepSpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SweepSpecException(String message) {
        super(message);
    }

    public SweepSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
