package org.pilab.lessons.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One lesson's progress: the step the learner is on and what happened in each step.
 *
 * @param currentStep the id of the step the learner is on (empty before the lesson starts)
 * @param steps       by step id
 */
public record LessonProgress(Optional<String> currentStep, Map<String, StepProgress> steps) {

    public static final LessonProgress NONE = new LessonProgress(Optional.empty(), Map.of());

    public LessonProgress {
        steps = Map.copyOf(steps);
    }

    public StepProgress step(String id) {
        return steps.getOrDefault(id, StepProgress.NONE);
    }

    public LessonProgress withStep(String id, StepProgress p) {
        Map<String, StepProgress> m = new LinkedHashMap<>(steps);
        m.put(id, p);
        return new LessonProgress(currentStep, m);
    }

    public LessonProgress withCurrentStep(String id) {
        return new LessonProgress(Optional.of(id), steps);
    }

    public long doneCount() {
        return steps.values().stream().filter(StepProgress::done).count();
    }
}
