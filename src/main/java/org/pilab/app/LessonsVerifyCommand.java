package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab lessons verify}: proves every lesson's checks against its scripted solutions. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Prove every step fails before and passes after its solution.")
final class LessonsVerifyCommand extends NotBuiltYet {
}
