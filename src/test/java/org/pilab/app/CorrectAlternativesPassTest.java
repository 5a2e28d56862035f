package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.check.CheckContext;
import org.pilab.lessons.check.CheckEvaluator;
import org.pilab.lessons.check.SilentShell;
import org.pilab.lessons.check.StepResult;
import org.pilab.lessons.lab.LearnerTerminal;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.StartStates;
import org.pilab.lessons.model.Lesson;

/**
 * Checks judge outcomes: ways of doing a step that differ from the scripted solution but work in
 * the lab must pass too.
 */
class CorrectAlternativesPassTest {
    private static void assertPasses(LessonLab lab, Lesson l, int step, int logStart) {
        StepResult r = CheckEvaluator.evaluate(l.steps().get(step), new CheckContext(new SilentShell(lab), logStart, Optional.empty()));
        assertTrue(r.passed(), l.id() + " step " + (step + 1) + ": " + r);
    }

    @Test
    void lowerCaseKeysACpuLessNodeLineSrunByNodeListAndAnSbatchThrottlePass() {
        Catalogue c = Catalogue.load(Path.of("lessons"));
        StartStates s = new StartStates(c, LessonLabs.factory());
        Lesson l4 = c.lesson(4).orElseThrow();
        LessonLab lab = s.stepStart(l4, 3);
        int start = lab.network().commandLog().size();
        LearnerTerminal t = new LearnerTerminal(lab);
        for (String line : l4.steps().get(3).solution()) {
            line = line.replace("ClusterName=pilab", "clustername=pilab").replace(
                "NodeName=pi[01-04] CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794 State=UNKNOWN",
                "NodeName=pi[01-04] Sockets=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3700 State=UNKNOWN");
            t.type(line);
        }
        assertPasses(lab, l4, 3, start);
        for (String line : l4.steps().get(4).solution()) { t.type(line); }
        for (String line : l4.steps().get(5).solution()) { t.type(line); }
        String sinfo = t.type("ssh pi01 sinfo").output();
        assertTrue(sinfo.contains("idle pi[01-04]"), "the lab accepts the file: " + sinfo);
        lab = s.stepStart(l4, 6);
        start = lab.network().commandLog().size();
        t = new LearnerTerminal(lab);
        t.type("ssh pi01");
        t.type("srun -w pi[01-04] hostname");
        assertPasses(lab, l4, 6, start);
        Lesson l8 = c.lesson(8).orElseThrow();
        lab = s.stepStart(l8, 0);
        start = lab.network().commandLog().size();
        t = new LearnerTerminal(lab);
        for (String line : l8.steps().get(0).solution()) {
            if (line.contains("--array")) continue;
            if (line.equals("sbatch sweep.sh")) line = "sbatch --array=0-119%8 sweep.sh";
            t.type(line);
        }
        assertPasses(lab, l8, 0, start);
    }
}
