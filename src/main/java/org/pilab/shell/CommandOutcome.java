package org.pilab.shell;

import org.pilab.node.shell.TerminalText;

/**
 * What one command line produced.
 *
 * @param terminal    what the command wrote, in the order written, each piece tagged stdout or
 *                    stderr: a terminal window shows them interleaved, a script run sends them
 *                    to fd 1 and fd 2
 * @param exitStatus  as {@code $?} would show it
 * @param fullScreen  a full-screen program the front end must run next (e.g. nano or top),
 *                    or null; the interactive shell hands it the terminal and takes it back
 */
public record CommandOutcome(TerminalText terminal, int exitStatus, FullScreenRequest fullScreen) {

    /** Standard output {@code stdout} followed by standard error {@code stderr} (null counts as none). */
    public CommandOutcome(String stdout, String stderr, int exitStatus, FullScreenRequest fullScreen) {
        this(TerminalText.of(TerminalText.Stream.STDOUT, stdout == null ? "" : stdout)
                .plus(TerminalText.Stream.STDERR, stderr == null ? "" : stderr), exitStatus, fullScreen);
    }

    public static CommandOutcome of(String stdout, String stderr, int exitStatus) {
        return new CommandOutcome(stdout, stderr, exitStatus, null);
    }

    /** Standard output alone. */
    public String stdout() {
        return terminal.stdout();
    }

    /** Standard error alone. */
    public String stderr() {
        return terminal.stderr();
    }

    /** Both streams as a terminal window shows them, in the order written. */
    public String text() {
        return terminal.text();
    }
}
