package org.pilab.lessons.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.lessons.TestLessons;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.lab.LearnerTerminal;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.NodeLabFactory;
import org.pilab.lessons.progress.LessonProgress;
import org.pilab.lessons.progress.ProgressStore;

class TutorTest {

    @TempDir
    Path home;

    private Catalogue catalogue;
    private Tutor tutor;
    private final List<LessonLab> labs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        catalogue = TestLessons.catalogue(TestLessons.CHRONY);
        tutor = newTutor();
    }

    private Tutor newTutor() {
        Tutor t = new Tutor(catalogue, new ProgressStore(home.resolve("progress.json")), new NodeLabFactory(3));
        t.onLabChange(labs::add);
        return t;
    }

    private LearnerTerminal terminal() {
        return new LearnerTerminal(labs.get(labs.size() - 1));
    }

    @Test
    void startingALessonBuildsItsLabAndShowsTheFirstStep() {
        assertEquals("No lesson: type lessons, then lesson N", tutor.statusLine());
        String text = tutor.start(1);
        assertTrue(text.contains("Step 1/2: Install chrony"), text);
        assertEquals(1, labs.size());
        assertEquals("Lesson 01 step 1/2: install", tutor.statusLine());
        assertTrue(tutor.start(9).contains("There is no lesson 9"));
    }

    @Test
    void checkSaysWhyAndPassingMovesOn() {
        tutor.start(1);
        String fail = tutor.check();
        assertTrue(fail.contains("FAIL  chrony is not installed on pi01 and pi02"), fail);
        LearnerTerminal t = terminal();
        t.type("ssh pi01 'sudo apt install -y chrony'");
        assertEquals(Optional.empty(), tutor.afterCommand("ssh pi01 'sudo apt install -y chrony'"));
        t.type("ssh pi02 'sudo apt install -y chrony'");
        Optional<String> passed = tutor.afterCommand("ssh pi02 'sudo apt install -y chrony'");
        assertTrue(passed.orElseThrow().contains("Step 1 passed"), passed.get());
        assertTrue(passed.get().contains("Step 2/2: Look at the sources"), passed.get());
        assertEquals("Lesson 01 step 2/2: look", tutor.statusLine());
        assertTrue(tutor.progress().lesson("01-chrony").step("install").done());
    }

    @Test
    void commandRunCountsOnlyLinesTypedInTheStep() {
        tutor.start(1);
        LearnerTerminal t = terminal();
        t.type("ssh pi01 chronyc sources");
        t.type("ssh pi01 'sudo apt install -y chrony'");
        t.type("ssh pi02 'sudo apt install -y chrony'");
        assertTrue(tutor.check().contains("Step 1 passed"));
        assertTrue(tutor.check().contains("FAIL  run chronyc sources on pi01"), "the early chronyc line was in step 1");
        t.type("ssh pi01 chronyc sources");
        assertTrue(tutor.afterCommand("ssh pi01 chronyc sources").orElseThrow().contains("Lesson 01 complete"));
        assertEquals("Lesson 01 complete", tutor.statusLine());
    }

    @Test
    void hintsComeInOrderAndUnlockTheSolution() {
        tutor.start(1);
        assertTrue(tutor.solution().contains("opens once it passes or after all 3 hints"));
        assertTrue(tutor.hint().startsWith("Hint 1/3: both Pis"));
        assertTrue(tutor.hint().startsWith("Hint 2/3: apt install"));
        assertTrue(tutor.solution().contains("after all 3 hints (2 shown so far)"));
        String last = tutor.hint();
        assertTrue(last.startsWith("Hint 3/3:") && last.contains("last hint"), last);
        assertTrue(tutor.hint().startsWith("Hint 3/3:"), "stays on the last hint");
        String solution = tutor.solution();
        assertTrue(solution.contains("ssh pi01 'sudo apt install -y chrony'"), solution);
        assertTrue(tutor.progress().lesson("01-chrony").step("install").solutionShown());
        assertEquals(3, tutor.progress().lesson("01-chrony").step("install").hintsShown());
    }

    @Test
    void nextWaitsForTheStepAndResetRebuildsTheLab() {
        tutor.start(1);
        assertTrue(tutor.next().contains("not done yet"));
        terminal().type("ssh pi01 'sudo apt install -y chrony'");
        LessonLab before = labs.get(labs.size() - 1);
        assertTrue(tutor.reset().contains("back at the start of step 1"));
        assertNotSame(before, labs.get(labs.size() - 1));
        assertFalse(labs.get(labs.size() - 1).host("pi01").orElseThrow().packages().isInstalled("chrony"));
    }

    @Test
    void progressIsSavedAndResumedAtTheFirstUnfinishedStep() {
        tutor.start(1);
        LearnerTerminal t = terminal();
        t.type("ssh pi01 'sudo apt install -y chrony'");
        t.type("ssh pi02 'sudo apt install -y chrony'");
        tutor.check();
        Tutor later = newTutor();
        String text = later.start(1);
        assertTrue(text.contains("resuming"), text);
        assertTrue(text.contains("step 1 is done"), text);
        assertFalse(text.contains("steps 1-1"), text);
        assertTrue(text.contains("step 2 before you left are not restored"), text);
        assertEquals("Lesson 01 step 2/2: look", later.statusLine());
        assertTrue(labs.get(labs.size() - 1).host("pi02").orElseThrow().packages().isInstalled("chrony"),
                "the resumed lab has step 1's solution applied");
    }

    @Test
    void resumeWarningSaysWhatIsRestoredAndWhatIsNot() {
        assertTrue(Tutor.resumeWarning(LessonProgress.NONE, 0).isEmpty(), "a first start has nothing to warn about");
        LessonProgress inStepOne = LessonProgress.NONE.withCurrentStep("install");
        String fresh = Tutor.resumeWarning(inStepOne, 0).orElseThrow();
        assertTrue(fresh.contains("start state") && fresh.contains("step 1 before you left are not restored"), fresh);
        String later = Tutor.resumeWarning(inStepOne, 3).orElseThrow();
        assertTrue(later.contains("steps 1-3 are done") && later.contains("their scripted solutions"), later);
    }

    @Test
    void theCommandsRunFromAnyHostPrompt() {
        tutor.start(1);
        LearnerTerminal t = terminal();
        t.type("ssh pi02");
        String out = t.type("hint").output();
        assertTrue(out.startsWith("Hint 1/3"), out);
        assertTrue(t.type("check").output().contains("FAIL"));
        assertEquals(2, t.type("lesson x").status());
        assertTrue(t.type("lessons").output().contains("01  Chrony  0/2 steps"));
    }

    @Test
    void aPassedStepsSolutionCanBeComparedAfterwards() {
        tutor.start(1);
        assertTrue(tutor.solutionOf(1).contains("opens once it passes"));
        LearnerTerminal t = terminal();
        t.type("ssh pi01 'sudo apt install -y chrony'");
        t.type("ssh pi02 'sudo apt install -y chrony'");
        assertTrue(tutor.check().contains("Step 1 passed"));
        assertTrue(tutor.solutionOf(1).contains("One way to do step 1"));
        assertTrue(tutor.solutionOf(2).contains("opens once it passes"));
        assertTrue(tutor.solutionOf(3).contains("has steps 1-2"));
        assertTrue(t.type("solution 1").output().contains("ssh pi02"));
    }
}
