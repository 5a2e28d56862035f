package org.pilab.lessons.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.check.CheckContext;
import org.pilab.lessons.check.CheckEvaluator;
import org.pilab.lessons.check.CheckResult;
import org.pilab.lessons.check.SilentShell;
import org.pilab.lessons.check.StepResult;
import org.pilab.lessons.lab.LearnerTerminal;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.ReplayFailure;
import org.pilab.lessons.lab.Script;
import org.pilab.lessons.lab.StartStates;
import org.pilab.lessons.lab.UnsupportedScenarioException;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.Step;
import org.pilab.lessons.model.WrongMove;

/**
 * {@code pilab lessons verify}: proves, for every step, that its checks fail in the step's start
 * state, that each wrong move leaves them failing, and that its solution makes them pass. The
 * rustlings idea: a lesson that passes as shipped or cannot be solved is a bug.
 */
public final class Verifier {

    private final Catalogue catalogue;
    private final StartStates starts;

    public Verifier(Catalogue catalogue, StartStates starts) {
        this.catalogue = catalogue;
        this.starts = starts;
    }

    public VerifyReport verifyAll() {
        return verify(catalogue.lessons());
    }

    public VerifyReport verify(List<Lesson> lessons) {
        List<LessonVerdict> out = new ArrayList<>();
        for (Lesson l : lessons) {
            out.add(verify(l));
        }
        return new VerifyReport(out, catalogueProblems());
    }

    /** Names that must be unique across the catalogue. */
    private List<String> catalogueProblems() {
        List<String> problems = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Lesson l : catalogue.lessons()) {
            if (!titles.add(l.title())) {
                problems.add("lesson title \"" + l.title() + "\" is used twice (" + l.id() + ")");
            }
        }
        return problems;
    }

    public LessonVerdict verify(Lesson lesson) {
        List<String> lessonProblems = new ArrayList<>(orphans(lesson));
        Set<String> stepTitles = new HashSet<>();
        for (Step s : lesson.steps()) {
            if (!stepTitles.add(s.title())) {
                lessonProblems.add("step title \"" + s.title() + "\" is used twice");
            }
        }
        List<StepVerdict> steps = new ArrayList<>();
        long virtual = 0;
        long wall = 0;
        LessonLab lab;
        long s0 = System.nanoTime();
        try {
            lab = starts.lessonStart(lesson);
        } catch (ReplayFailure | UnsupportedScenarioException e) {
            return new LessonVerdict(lesson, lessonProblems, steps, Optional.of("cannot build the start state: "
                    + e.getMessage()), 0, 0, 0);
        }
        long startWall = (System.nanoTime() - s0) / 1_000_000;
        LearnerTerminal terminal = new LearnerTerminal(lab);
        SilentShell silent = new SilentShell(lab);
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            List<String> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            int logStart = lab.network().commandLog().size();
            StepResult before = CheckEvaluator.evaluate(step, new CheckContext(silent, logStart, Optional.empty()));
            if (before.passed()) {
                problems.add("the checks already pass before the step is done");
            }
            wrongMoves(lesson, i, problems, notes);
            try {
                long v0 = lab.network().simulator().now();
                long w0 = System.nanoTime();
                new Script(lesson.id() + " step " + step.id(), step.solution()).runIn(terminal);
                virtual += lab.network().simulator().now() - v0;
                wall += (System.nanoTime() - w0) / 1_000_000;
            } catch (ReplayFailure e) {
                problems.add("the solution cannot run here: " + e.getMessage());
                steps.add(new StepVerdict(step.id(), problems, notes));
                return new LessonVerdict(lesson, lessonProblems, steps, Optional.of(e.getMessage()), virtual, wall,
                        startWall);
            }
            StepResult after = CheckEvaluator.evaluate(step, new CheckContext(silent, logStart, Optional.empty()));
            for (CheckResult r : after.results()) {
                if (!r.passed()) {
                    problems.add("after the solution this check still fails: " + r.check().why()
                            + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"));
                }
            }
            steps.add(new StepVerdict(step.id(), problems, notes));
        }
        return new LessonVerdict(lesson, lessonProblems, steps, Optional.empty(), virtual, wall, startWall);
    }

    private void wrongMoves(Lesson lesson, int index, List<String> problems, List<String> notes) {
        Step step = lesson.steps().get(index);
        for (int w = 0; w < step.wrongMoves().size(); w++) {
            WrongMove move = step.wrongMoves().get(w);
            LessonLab lab = starts.stepStart(lesson, index);
            SilentShell silent = new SilentShell(lab);
            int logStart = lab.network().commandLog().size();
            try {
                new Script(lesson.id() + " step " + step.id() + " wrong move " + (w + 1), move.commands())
                        .runIn(new LearnerTerminal(lab));
            } catch (ReplayFailure e) {
                problems.add("wrong move " + (w + 1) + " cannot run here: " + e.getMessage());
                continue;
            }
            StepResult r = CheckEvaluator.evaluate(step, new CheckContext(silent, logStart, Optional.empty()));
            Optional<CheckResult> first = r.firstFailure();
            if (first.isEmpty()) {
                problems.add("wrong move " + (w + 1) + " (" + String.join("; ", move.commands()) + ") passes the step");
            } else {
                notes.add("wrong move " + (w + 1) + " fails with \"" + first.get().check().why() + "\"; intended hint "
                        + move.expectHint() + ": \"" + step.hints().get(move.expectHint()).text() + "\"");
            }
        }
    }

    /** Files in the lesson folder that are neither lesson.json, README.md nor named by the lesson. */
    static List<String> orphans(Lesson lesson) {
        StringBuilder named = new StringBuilder();
        lesson.setup().forEach(s -> named.append(s).append('\n'));
        for (Step s : lesson.steps()) {
            named.append(s.text()).append('\n');
            s.solution().forEach(x -> named.append(x).append('\n'));
            s.hints().forEach(h -> named.append(h.text()).append('\n'));
        }
        named.append(lesson.readme());
        List<String> out = new ArrayList<>();
        for (String f : lesson.files()) {
            if (!f.equals("lesson.json") && !f.equals("README.md") && !named.toString().contains(f)) {
                out.add("orphan file " + f + ": name it in lesson.json or README.md, or remove it");
            }
        }
        return out;
    }
}
