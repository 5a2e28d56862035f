package org.pilab.app;

/** Bad input from the user (a file, a spec, an argument): reported plainly, exit status 2. */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
