package org.pilab.lessons.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.lab.LearnerTerminal;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.SlurmLabFactory;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.progress.ProgressStore;

/** The tutor on a shipped lesson in the SLURM lab: lesson 05's first step, typed line by line. */
class TutorOnShippedLessonTest {

    @Test
    void theFirstBatchJobPassesWhenItsJobHasCompleted(@TempDir Path home) {
        Catalogue catalogue = Catalogue.load(Path.of("lessons"));
        Tutor tutor = new Tutor(catalogue, new ProgressStore(home.resolve("progress.json")), new SlurmLabFactory(5));
        List<LessonLab> labs = new ArrayList<>();
        tutor.onLabChange(labs::add);
        String start = tutor.start(5);
        assertTrue(start.contains("Step 1/4"), start);
        assertTrue(tutor.check().contains("FAIL"));
        LearnerTerminal terminal = new LearnerTerminal(labs.get(0));
        Lesson five = catalogue.lesson(5).orElseThrow();
        List<String> said = new ArrayList<>();
        for (String line : five.steps().get(0).solution()) {
            terminal.type(line);
            Optional<String> text = tutor.afterCommand(line);
            text.ifPresent(t -> said.add(line + " -> " + t));
        }
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("sleep 40 -> "), "the step passes as soon as the job has completed: " + said);
        assertEquals("Lesson 05 step 2/4: cancel-a-job", tutor.statusLine());
    }
}
