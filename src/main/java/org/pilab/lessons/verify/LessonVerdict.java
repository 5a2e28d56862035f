package org.pilab.lessons.verify;

import java.util.List;
import java.util.Optional;
import org.pilab.lessons.model.Lesson;

/**
 * What verify found for one lesson.
 *
 * @param lessonProblems problems of the lesson as a whole (orphan files, names)
 * @param steps          per-step verdicts, in order (as far as the walk got)
 * @param cannotRun      why the lesson could not be walked at all in this lab (a missing command or
 *                       scenario), if so
 * @param virtualMillis  virtual lab time the scripted solutions took
 * @param wallMillis     real time the scripted solutions took on this machine
 * @param startWallMillis real time building the lesson's start state took (what {@code lesson N} waits for)
 */
public record LessonVerdict(Lesson lesson, List<String> lessonProblems, List<StepVerdict> steps,
                            Optional<String> cannotRun, long virtualMillis, long wallMillis, long startWallMillis) {

    public LessonVerdict {
        lessonProblems = List.copyOf(lessonProblems);
        steps = List.copyOf(steps);
    }

    public boolean ok() {
        return cannotRun.isEmpty() && lessonProblems.isEmpty() && steps.stream().allMatch(StepVerdict::ok)
                && steps.size() == lesson.steps().size();
    }
}
