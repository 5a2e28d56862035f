package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab lessons}: List, verify and export the self-paced lessons. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "List, verify and export the self-paced lessons.")
final class LessonsCommand extends NotBuiltYet {
}
