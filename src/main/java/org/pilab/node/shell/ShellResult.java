package org.pilab.node.shell;

import java.util.Optional;

/**
 * What running one command line produced.
 *
 * @param output  the terminal text (stdout and stderr in the order they were written)
 * @param status  the exit status of the last pipeline ($?)
 * @param entered a session the line opened (interactive {@code ssh pi01}, {@code sudo -i}):
 *                the shell layer should now read commands for it
 * @param exited  whether the line ended this session ({@code exit}, {@code logout})
 */
public record ShellResult(String output, int status, Optional<Session> entered, boolean exited) {
}
