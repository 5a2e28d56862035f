package org.pilab.lessons.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.lessons.TestLessons;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.catalogue.LessonParser;
import org.pilab.lessons.lab.NodeLabFactory;
import org.pilab.lessons.lab.StartStates;
import org.pilab.lessons.model.Lesson;

class VerifierTest {

    private static VerifyReport verify(String... jsons) {
        Catalogue c = TestLessons.catalogue(jsons);
        return new Verifier(c, new StartStates(c, new NodeLabFactory(11))).verifyAll();
    }

    @Test
    void aSoundLessonVerifiesAndItsWrongMoveNamesTheIntendedHint() {
        VerifyReport r = verify(TestLessons.CHRONY);
        assertTrue(r.ok(), r.render());
        LessonVerdict v = r.lessons().get(0);
        assertEquals(2, v.steps().size());
        String note = v.steps().get(0).notes().get(0);
        assertTrue(note.contains("fails with \"chrony is not installed on pi01 and pi02\"; intended hint 0: \"both Pis\""), note);
        assertTrue(v.virtualMillis() > 0, "typing the solutions takes virtual time");
    }

    @Test
    void checksThatPassBeforeTheStepAreReported() {
        String json = TestLessons.CHRONY.replace("\"package\": \"chrony\"", "\"package\": \"openssh-server\"")
                .replace("\"unit\": \"chrony\"", "\"unit\": \"ssh\"");
        VerifyReport r = verify(json);
        assertFalse(r.ok());
        assertTrue(r.render().contains("the checks already pass before the step is done"), r.render());
    }

    @Test
    void aSolutionThatDoesNotSolveIsReported() {
        String json = TestLessons.CHRONY.replace("\"ssh pi02\", \"sudo apt install -y chrony\", \"exit\"", "\"ssh pi02 true\"");
        VerifyReport r = verify(json);
        assertFalse(r.ok());
        assertTrue(r.render().contains("after the solution this check still fails: chrony is not installed on pi01 and pi02"),
                r.render());
    }

    @Test
    void aWrongMoveThatPassesIsReported() {
        String json = TestLessons.CHRONY.replace("\"commands\": [\"ssh pi01 'sudo apt install -y chrony'\"]",
                "\"commands\": [\"ssh pi01 'sudo apt install -y chrony'\", \"ssh pi02 'sudo apt install -y chrony'\"]");
        VerifyReport r = verify(json);
        assertFalse(r.ok());
        assertTrue(r.render().contains("wrong move 1 (ssh pi01 'sudo apt install -y chrony'; ssh pi02 'sudo apt install -y chrony') passes the step"),
                r.render());
    }

    @Test
    void aMissingCommandStopsTheLessonWithItsName() {
        VerifyReport r = verify(TestLessons.CHRONY.replace("\"ssh pi01 chronyc sources\"]}", "\"teleport pi01\"]}"));
        LessonVerdict v = r.lessons().get(0);
        assertTrue(v.cannotRun().orElseThrow().contains("`teleport pi01` failed: bash: teleport: command not found"),
                v.cannotRun().get());
    }

    @Test
    void orphanFilesAreFound() {
        Lesson l = LessonParser.parse("x/01-chrony/lesson.json", "01-chrony", TestLessons.CHRONY, "see notes.txt",
                List.of("lesson.json", "README.md", "notes.txt", "stray.sh"));
        assertEquals(List.of("orphan file stray.sh: name it in lesson.json or README.md, or remove it"), Verifier.orphans(l));
    }
}
