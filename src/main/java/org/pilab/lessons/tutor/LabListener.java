package org.pilab.lessons.tutor;

import org.pilab.lessons.lab.LessonLab;

/**
 * Told when the tutor has built a new lab ({@code lesson N}, {@code reset}): the shell must move
 * the learner's terminal to it (a new laptop session) and drop the old lab.
 */
@FunctionalInterface
public interface LabListener {

    void labChanged(LessonLab lab);
}
