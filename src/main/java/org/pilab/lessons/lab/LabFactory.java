package org.pilab.lessons.lab;

import java.util.Set;

/** Builds the named starting labs ({@code fresh}, {@code networked}, {@code slurm-ready}). */
public interface LabFactory {

    /**
     * @throws UnsupportedScenarioException when this factory cannot build {@code scenario}
     */
    LessonLab build(String scenario);

    /** The scenario names {@link #build} accepts. */
    Set<String> scenarios();
}
