package org.pilab.hardware.plan;

/**
 * A plan that cannot be made from what the user asked for (an unknown model, a node count out of
 * range, an unreadable sweep or bench file). The message is one line that says what was wrong
 * and what to do; the command line turns it into exit status 2.
 */
public final class PlanInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanInputException(String message) {
        super(message);
    }

    public PlanInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
