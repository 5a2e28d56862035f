package org.pilab.slurm.lab;

import java.util.List;

import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/**
 * Runs command lines on the laptop as the learner, the way scenario set-up and fault injection
 * change the lab: through the same shell a learner types into, so a built state is one a learner
 * can reach.
 */
final class LabScript {

    private LabScript() {
    }

    /** Runs {@code lines} in order in one laptop session; returns the terminal text. */
    static String run(Lab lab, List<String> lines) {
        Session s = lab.learnerSession();
        StringBuilder transcript = new StringBuilder();
        for (String line : lines) {
            ShellResult r = s.run(line);
            transcript.append("$ ").append(line).append('\n').append(r.output());
            lab.slurm().sync();
        }
        return transcript.toString();
    }
}
