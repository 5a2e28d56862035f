package org.pilab.lessons.model;

import java.util.List;

/**
 * One step of a lesson: what to do, how success is judged, help, and the proof that it works.
 *
 * @param solution   lines typed at the learner's prompt, starting on the laptop
 * @param wrongMoves plausible mistakes that must leave the step failing
 */
public record Step(String id, String title, String text, List<Check> checks, List<Hint> hints, List<String> solution,
                   List<WrongMove> wrongMoves) {

    public Step {
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        wrongMoves = List.copyOf(wrongMoves);
    }
}
