package org.pilab.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.pilab.lessons.lab.LabFactory;
import org.pilab.lessons.lab.SlurmLabFactory;
import org.pilab.slurm.lab.Lab;

/**
 * The lab factory the lesson commands use: the seed is fixed so every run replays identically,
 * and every lab is fitted out as {@code pilab shell} fits out its own: {@code pilab job run}
 * inside virtual jobs, ~/pilab.jar and the example specs on the laptop.
 */
final class LessonLabs {

    static final long SEED = 42;

    private LessonLabs() {
    }

    static LabFactory factory() {
        return new SlurmLabFactory(SEED, LessonLabs::fitOut);
    }

    private static void fitOut(Lab lab) {
        VirtualJobRun.install(lab);
        try {
            ShellCommand.stockLaptop(lab);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the example specs on the virtual laptop", e);
        }
    }
}
