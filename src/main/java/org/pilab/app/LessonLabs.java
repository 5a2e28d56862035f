package org.pilab.app;

import org.pilab.lessons.lab.LabFactory;
import org.pilab.lessons.lab.SlurmLabFactory;

/**
 * The lab factory the lesson commands use: the seed is fixed so every run replays identically,
 * and every lab can run {@code pilab job run} inside its virtual jobs.
 */
final class LessonLabs {

    static final long SEED = 42;

    private LessonLabs() {
    }

    static LabFactory factory() {
        return new SlurmLabFactory(SEED, VirtualJobRun::install);
    }
}
