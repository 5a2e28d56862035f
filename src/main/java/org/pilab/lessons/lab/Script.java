package org.pilab.lessons.lab;

import java.util.List;
import org.pilab.node.shell.ShellResult;

/**
 * Lines typed into a {@link LearnerTerminal} as one unit (a step's solution, a wrong move, a
 * lesson's set-up). A line whose command is missing (status 127) stops the script.
 *
 * @param where names the script in messages ("04-install-slurm step install")
 */
public record Script(String where, List<String> lines) {

    public Script {
        lines = List.copyOf(lines);
    }

    /** Types every line, then returns to the laptop so the next script starts where a learner would. */
    public void runIn(LearnerTerminal terminal) {
        for (String line : lines) {
            ShellResult r = terminal.type(line);
            if (r.status() == 127) {
                terminal.backToLaptop();
                throw new ReplayFailure(where, line, r.output());
            }
        }
        terminal.backToLaptop();
    }
}
