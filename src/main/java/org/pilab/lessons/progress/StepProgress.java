package org.pilab.lessons.progress;

import java.util.OptionalLong;

/**
 * What the learner did in one step.
 *
 * @param done          the checks passed
 * @param hintsShown    how many hints were shown (0-3)
 * @param solutionShown whether the solution was shown
 * @param doneAtMillis  the virtual lab time (ms) when the step passed, if known
 */
public record StepProgress(boolean done, int hintsShown, boolean solutionShown, OptionalLong doneAtMillis) {

    public static final StepProgress NONE = new StepProgress(false, 0, false, OptionalLong.empty());

    public StepProgress withDone(OptionalLong atMillis) {
        return new StepProgress(true, hintsShown, solutionShown, atMillis);
    }

    public StepProgress withHintsShown(int n) {
        return new StepProgress(done, Math.max(hintsShown, n), solutionShown, doneAtMillis);
    }

    public StepProgress withSolutionShown() {
        return new StepProgress(done, hintsShown, true, doneAtMillis);
    }
}
