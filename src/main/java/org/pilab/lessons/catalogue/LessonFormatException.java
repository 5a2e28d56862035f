package org.pilab.lessons.catalogue;

import java.util.List;

/**
 * A lesson file that breaks docs/lesson-format.md. The message names the file, line:column and
 * what to change; several problems of one file are reported together.
 */
public final class LessonFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public LessonFormatException(String source, int line, int column, String what) {
        this(List.of(source + ":" + line + ":" + column + ": " + what));
    }

    public LessonFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:column: what to do}. */
    public List<String> problems() {
        return problems;
    }
}
