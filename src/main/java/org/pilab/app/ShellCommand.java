package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab shell}: Start the lesson shell on the virtual cluster. */
@Command(name = "shell", mixinStandardHelpOptions = true, description = "Start the lesson shell on the virtual cluster.")
final class ShellCommand extends NotBuiltYet {
}
