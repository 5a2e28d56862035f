package org.pilab.engine;

/**
 * Bad input to the engine (a price file, a configuration): the message names the file, line or
 * field and says what to do. Callers show it as it is and exit with status 2.
 */
public final class EngineInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineInputException(String message) {
        super(message);
    }

    public EngineInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
