package org.pilab.node.shell;

/** A line bash would reject, with bash's own message ("syntax error near unexpected token `|'"). */
public final class ShellSyntaxException extends RuntimeException {

    public ShellSyntaxException(String message) {
        super(message);
    }
}
