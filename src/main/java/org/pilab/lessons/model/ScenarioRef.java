package org.pilab.lessons.model;

/** Where a lesson starts: a named lab scenario or the end state of an earlier lesson. */
public sealed interface ScenarioRef {

    /** The text as written in lesson.json. */
    String text();

    /** {@code fresh}, {@code networked}, {@code slurm-ready}. */
    record Named(String name) implements ScenarioRef {
        @Override
        public String text() {
            return name;
        }
    }

    /** {@code after:NN}: lesson NN's start state with all of its solutions run. */
    record After(int lesson) implements ScenarioRef {
        @Override
        public String text() {
            return String.format("after:%02d", lesson);
        }
    }
}
