package org.pilab.node.shell;

import java.util.Optional;

/**
 * What running one command line produced.
 *
 * @param terminal what the terminal got: stdout and stderr text in the order it was written,
 *                 each piece tagged with its stream
 * @param status   the exit status of the last pipeline ($?)
 * @param entered  a session the line opened (interactive {@code ssh pi01}, {@code sudo -i}):
 *                 the shell layer should now read commands for it
 * @param exited   whether the line ended this session ({@code exit}, {@code logout})
 */
public record ShellResult(TerminalText terminal, int status, Optional<Session> entered, boolean exited) {

    /** The terminal text as a window shows it: stdout and stderr interleaved in order. */
    public String output() {
        return terminal.text();
    }

    /** Only what went to standard output. */
    public String stdout() {
        return terminal.stdout();
    }

    /** Only what went to standard error. */
    public String stderr() {
        return terminal.stderr();
    }
}
