package org.pilab.app;

import picocli.CommandLine.Command;

/** {@code pilab plan}: Plan a real Pi cluster: bill of materials, power, thermal verdict, sweep time. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Plan a real Pi cluster: bill of materials, power, thermal verdict, sweep time.")
final class PlanCommand extends NotBuiltYet {
}
