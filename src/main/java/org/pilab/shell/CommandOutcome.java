package org.pilab.shell;

/**
 * What one command line produced.
 *
 * @param stdout      standard output, as printed (ends with a newline when non-empty)
 * @param stderr      standard error
 * @param exitStatus  as {@code $?} would show it
 * @param fullScreen  a full-screen program the front end must run next (e.g. nano or top),
 *                    or null; the interactive shell hands it the terminal and takes it back
 */
public record CommandOutcome(String stdout, String stderr, int exitStatus, FullScreenRequest fullScreen) {

    public static CommandOutcome of(String stdout, String stderr, int exitStatus) {
        return new CommandOutcome(stdout, stderr, exitStatus, null);
    }
}
