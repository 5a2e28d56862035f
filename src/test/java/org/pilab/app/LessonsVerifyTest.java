package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.lab.StartStates;
import org.pilab.lessons.verify.LessonVerdict;
import org.pilab.lessons.verify.Verifier;
import org.pilab.lessons.verify.VerifyReport;

/**
 * {@code pilab lessons verify} over every shipped lesson, in the lab the lesson commands use.
 * Lessons the virtual lab cannot run yet are listed with the reason; every other lesson must
 * verify strictly, and a listed lesson that starts verifying fails this test so the list stays
 * true.
 */
class LessonsVerifyTest {

    /** Lesson number to why the virtual lab cannot run it yet. */
    static final Map<Integer, String> KNOWN_GAPS = Map.ofEntries();

    @Test
    void everyLessonVerifiesExceptTheListedGaps() {
        Catalogue catalogue = Catalogue.load(Path.of("lessons"));
        VerifyReport report = new Verifier(catalogue, new StartStates(catalogue, LessonLabs.factory())).verifyAll();
        assertTrue(report.catalogueProblems().isEmpty(), report.render());
        List<String> wrong = new ArrayList<>();
        for (LessonVerdict v : report.lessons()) {
            boolean gap = KNOWN_GAPS.containsKey(v.lesson().number());
            if (!gap && !v.ok()) {
                wrong.add(v.lesson().id() + " does not verify");
            }
            if (gap && v.ok()) {
                wrong.add(v.lesson().id() + " verifies now: remove it from KNOWN_GAPS");
            }
            assertTrue(v.lessonProblems().isEmpty(), v.lesson().id() + ": " + v.lessonProblems());
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n\n" + report.render());
    }

    @Test
    void theGapListNamesOnlyShippedLessons() {
        Catalogue catalogue = Catalogue.load(Path.of("lessons"));
        for (int n : KNOWN_GAPS.keySet()) {
            assertFalse(catalogue.lesson(n).isEmpty(), "no lesson " + n);
        }
    }
}
