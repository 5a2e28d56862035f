package org.pilab.lessons.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/** The learner's progress over all lessons, by lesson id. Immutable: changes return a new value. */
public record Progress(Map<String, LessonProgress> lessons) {

    public static final Progress EMPTY = new Progress(Map.of());

    public Progress {
        lessons = Map.copyOf(lessons);
    }

    public LessonProgress lesson(String id) {
        return lessons.getOrDefault(id, LessonProgress.NONE);
    }

    public Progress with(String lessonId, LessonProgress p) {
        Map<String, LessonProgress> m = new LinkedHashMap<>(lessons);
        m.put(lessonId, p);
        return new Progress(m);
    }
}
