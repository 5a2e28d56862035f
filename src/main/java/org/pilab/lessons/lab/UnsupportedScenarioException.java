package org.pilab.lessons.lab;

/** A scenario name the lab factory in use cannot build. */
public final class UnsupportedScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedScenarioException(String message) {
        super(message);
    }
}
