package org.pilab.lessons.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson as read from {@code lessons/NN-slug/}: its steps and its prose.
 *
 * @param number   NN, the catalogue order
 * @param id       the folder name, {@code NN-slug}
 * @param title    shown in lists
 * @param scenario where the lesson starts
 * @param setup    commands run silently after the scenario is built (faults, extra boards)
 * @param steps    in order
 * @param readme   the prose (README.md), empty when the folder has none
 * @param files    every file name found in the lesson folder (for the orphan check)
 */
public record Lesson(int number, String id, String title, ScenarioRef scenario, List<String> setup, List<Step> steps,
                     String readme, List<String> files) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        files = List.copyOf(files);
        readme = readme == null ? "" : readme;
    }

    /** The two-digit number as the catalogue shows it. */
    public String numberText() {
        return String.format("%02d", number);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
