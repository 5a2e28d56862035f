package org.pilab.lessons.model;

import java.util.List;

/**
 * A plausible mistake: after these commands (from the step's start state) the step still fails,
 * and the first failing check's {@code why} is what hint {@code expectHint} talks about.
 */
public record WrongMove(List<String> commands, int expectHint) {

    public WrongMove {
        commands = List.copyOf(commands);
    }
}
