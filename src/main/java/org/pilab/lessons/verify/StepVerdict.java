package org.pilab.lessons.verify;

import java.util.List;

/**
 * What verify found for one step.
 *
 * @param problems  broken promises of the lesson (empty: the step is proven)
 * @param notes     informational lines (which check each wrong move trips, and its intended hint)
 */
public record StepVerdict(String stepId, List<String> problems, List<String> notes) {

    public StepVerdict {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
