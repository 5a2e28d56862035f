package org.pilab.lessons.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.ScenarioRef;
import org.pilab.lessons.model.Step;

/**
 * Builds the lab a lesson or step starts from. {@code after:NN} is lesson NN's start with all of
 * its solutions typed, recursively. Labs are mutable and cannot be copied, so what is cached is
 * the recipe: the named scenario at the root and the scripts to type on top of it.
 */
public final class StartStates {

    /** A named scenario plus the scripts that turn it into a lesson's start. */
    public record Recipe(String scenario, List<Script> scripts) {
        public Recipe {
            scripts = List.copyOf(scripts);
        }
    }

    private final Catalogue catalogue;
    private final LabFactory factory;
    private final Map<String, Recipe> recipes = new HashMap<>();

    public StartStates(Catalogue catalogue, LabFactory factory) {
        this.catalogue = catalogue;
        this.factory = factory;
    }

    public LabFactory factory() {
        return factory;
    }

    /** The scripts from a named scenario to the lesson's start (its set-up included). */
    public synchronized Recipe recipe(Lesson lesson) {
        Recipe cached = recipes.get(lesson.id());
        if (cached != null) {
            return cached;
        }
        Recipe r;
        if (lesson.scenario() instanceof ScenarioRef.After a) {
            Lesson earlier = catalogue.lesson(a.lesson()).orElseThrow(() -> new IllegalStateException(
                    lesson.id() + " starts after lesson " + a.lesson() + ", which is not in the catalogue"));
            Recipe base = recipe(earlier);
            List<Script> scripts = new ArrayList<>(base.scripts());
            scripts.addAll(solutions(earlier, earlier.steps().size()));
            addSetup(lesson, scripts);
            r = new Recipe(base.scenario(), scripts);
        } else {
            List<Script> scripts = new ArrayList<>();
            addSetup(lesson, scripts);
            r = new Recipe(lesson.scenario().text(), scripts);
        }
        recipes.put(lesson.id(), r);
        return r;
    }

    private static void addSetup(Lesson lesson, List<Script> scripts) {
        if (!lesson.setup().isEmpty()) {
            scripts.add(new Script(lesson.id() + " set-up", lesson.setup()));
        }
    }

    /** The solutions of the first {@code count} steps, one script each. */
    public static List<Script> solutions(Lesson lesson, int count) {
        List<Script> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Step s = lesson.steps().get(i);
            out.add(new Script(lesson.id() + " step " + s.id(), s.solution()));
        }
        return out;
    }

    /** A new lab at the lesson's start. */
    public LessonLab lessonStart(Lesson lesson) {
        return stepStart(lesson, 0);
    }

    /** A new lab at the start of step {@code index}: the lesson's start plus the earlier steps' solutions. */
    public LessonLab stepStart(Lesson lesson, int index) {
        Recipe r = recipe(lesson);
        LessonLab lab = factory.build(r.scenario());
        LearnerTerminal t = new LearnerTerminal(lab);
        for (Script s : r.scripts()) {
            s.runIn(t);
        }
        for (Script s : solutions(lesson, index)) {
            s.runIn(t);
        }
        return lab;
    }
}
