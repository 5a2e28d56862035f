package org.pilab.lessons.tutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.check.CheckContext;
import org.pilab.lessons.check.CheckEvaluator;
import org.pilab.lessons.check.SilentShell;
import org.pilab.lessons.check.StepResult;
import org.pilab.lessons.lab.LabFactory;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.ReplayFailure;
import org.pilab.lessons.lab.StartStates;
import org.pilab.lessons.lab.UnsupportedScenarioException;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.Step;
import org.pilab.lessons.progress.LessonProgress;
import org.pilab.lessons.progress.Progress;
import org.pilab.lessons.progress.ProgressStore;
import org.pilab.lessons.progress.StepProgress;
import org.pilab.lessons.report.CatalogueTable;
import org.pilab.node.Network;

/**
 * The lesson tutor inside the shell: {@code lessons}, {@code lesson N}, {@code check}, {@code hint},
 * {@code solution}, {@code next}, {@code reset}, plus a silent check after every command line.
 * Every method returns the text to show; nothing is printed here.
 *
 * <pre>
 * Tutor tutor = new Tutor(catalogue, progressStore, labFactory);
 * tutor.onLabChange(lab -> ...move the learner's terminal to lab...);
 * tutor.install(currentLab.network());         // the commands, from any host's prompt
 * tutor.afterCommand(line).ifPresent(print);   // after each line the learner typed
 * statusBar(tutor.statusLine());
 * </pre>
 */
public final class Tutor {

    /** The in-shell command names; the automatic check skips these lines. */
    public static final Set<String> COMMANDS = Set.of("lessons", "lesson", "check", "hint", "solution", "next", "reset");

    private final Catalogue catalogue;
    private final ProgressStore store;
    private final StartStates starts;
    private final List<LabListener> listeners = new ArrayList<>();
    private final List<String> pendingMessages = new ArrayList<>();
    private Progress progress;
    private Optional<Path> localDir = Optional.empty();

    private Lesson lesson;
    private int stepIndex;
    private LessonLab lab;
    private SilentShell silent;
    private int stepLogStart;

    public Tutor(Catalogue catalogue, ProgressStore store, LabFactory factory) {
        this(catalogue, store, new StartStates(catalogue, factory));
    }

    public Tutor(Catalogue catalogue, ProgressStore store, StartStates starts) {
        this.catalogue = catalogue;
        this.store = store;
        this.starts = starts;
        ProgressStore.Loaded loaded = store.load();
        this.progress = loaded.progress();
        loaded.message().ifPresent(pendingMessages::add);
    }

    /** Registers the tutor's commands on {@code network}, so they run from any host's prompt. */
    public void install(Network network) {
        TutorCommands.register(this, network.commands());
    }

    public void onLabChange(LabListener listener) {
        listeners.add(listener);
    }

    /** The learner's real working folder, for {@code file_exists_local} checks (graduation). */
    public void localDir(Path dir) {
        this.localDir = Optional.of(dir);
    }

    /** Messages for the start of the session (e.g. a corrupt progress file moved aside), once. */
    public Optional<String> startupMessage() {
        if (pendingMessages.isEmpty()) {
            return Optional.empty();
        }
        String m = String.join("\n", pendingMessages) + "\n";
        pendingMessages.clear();
        return Optional.of(m);
    }

    public Progress progress() {
        return progress;
    }

    public Optional<LessonLab> lab() {
        return Optional.ofNullable(lab);
    }

    // ------------------------------------------------------------------ the status line

    /** E.g. {@code Lesson 04 step 2/7: one-munge-key}. */
    public String statusLine() {
        if (lesson == null) {
            return "No lesson: type lessons, then lesson N";
        }
        if (stepIndex >= lesson.steps().size()) {
            return "Lesson " + lesson.numberText() + " complete";
        }
        return "Lesson " + lesson.numberText() + " step " + (stepIndex + 1) + "/" + lesson.steps().size() + ": "
                + lesson.steps().get(stepIndex).id();
    }

    // ------------------------------------------------------------------ commands

    public String lessons() {
        StringBuilder sb = new StringBuilder(CatalogueTable.render(catalogue, progress));
        sb.append("\nType lesson N to start or resume lesson N.\n");
        return sb.toString();
    }

    /** {@code lesson N}: builds the lab at the first unfinished step and shows that step. */
    public String start(int number) {
        Optional<Lesson> found = catalogue.lesson(number);
        if (found.isEmpty()) {
            return "There is no lesson " + number + ". Type lessons for the list.\n";
        }
        Lesson l = found.get();
        LessonProgress lp = progress.lesson(l.id());
        int index = firstUnfinished(l, lp);
        boolean finished = index >= l.steps().size();
        if (finished) {
            index = 0; // a finished lesson starts again from the top; its progress stays
        }
        String built = buildLab(l, index);
        if (built != null) {
            return built;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Lesson ").append(l.numberText()).append(": ").append(l.title()).append('\n');
        sb.append("(the why behind it: lessons/").append(l.id()).append("/README.md)\n");
        if (!finished) {
            resumeWarning(lp, index).ifPresent(sb::append);
        }
        sb.append('\n').append(stepText());
        return sb.toString();
    }

    /**
     * What a resumed lab keeps: the lab is rebuilt from the scripted solutions of the finished
     * steps, so whatever the learner did inside the unfinished step is gone, and they must know
     * before they look for it.
     */
    static Optional<String> resumeWarning(LessonProgress lp, int index) {
        boolean wasInside = lp.currentStep().isPresent();
        if (index == 0 && !wasInside) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("You are resuming at step ").append(index + 1).append(": ");
        if (index == 0) {
            sb.append("the lab starts again from the lesson's start state.\n");
        } else {
            sb.append(doneSteps(index)).append(" done; the lab was rebuilt from ")
                    .append(index == 1 ? "its scripted solution" : "their scripted solutions").append(".\n");
        }
        sb.append("Warning: changes you made inside step ").append(index + 1)
                .append(" before you left are not restored; do them again.\n");
        return Optional.of(sb.toString());
    }

    /** "step 1 is" or "steps 1-3 are": never "steps 1-1". */
    static String doneSteps(int count) {
        return count == 1 ? "step 1 is" : "steps 1-" + count + " are";
    }

    private static int firstUnfinished(Lesson l, LessonProgress lp) {
        for (int i = 0; i < l.steps().size(); i++) {
            if (!lp.step(l.steps().get(i).id()).done()) {
                return i;
            }
        }
        return l.steps().size();
    }

    /** Builds the lab for step {@code index} of {@code l}; returns an error text, or null when it worked. */
    private String buildLab(Lesson l, int index) {
        LessonLab built;
        try {
            built = starts.stepStart(l, index);
        } catch (ReplayFailure | UnsupportedScenarioException e) {
            return "Lesson " + l.numberText() + " cannot start in this version of the lab: " + e.getMessage() + "\n";
        }
        lesson = l;
        stepIndex = index;
        lab = built;
        silent = new SilentShell(built);
        stepLogStart = built.network().commandLog().size();
        install(built.network());
        updateProgress(lesson.id(), progress.lesson(lesson.id()).withCurrentStep(lesson.steps().get(index).id()));
        for (LabListener listener : listeners) {
            listener.labChanged(built);
        }
        return null;
    }

    private String stepText() {
        Step s = lesson.steps().get(stepIndex);
        return "Step " + (stepIndex + 1) + "/" + lesson.steps().size() + ": " + s.title() + "\n\n"
                + Prose.wrap(s.text().strip()) + "\n\n(check when done; hint for help)\n";
    }

    private Optional<String> noLesson() {
        if (lesson == null) {
            return Optional.of("No lesson is running. Type lessons, then lesson N.\n");
        }
        if (stepIndex >= lesson.steps().size()) {
            return Optional.of("Lesson " + lesson.numberText() + " is complete. Type lessons to pick the next one.\n");
        }
        return Optional.empty();
    }

    /** {@code check}: every check of the step, with its why when it fails; on success the next step. */
    public String check() {
        Optional<String> none = noLesson();
        if (none.isPresent()) {
            return none.get();
        }
        StepResult r = evaluate();
        if (r.passed()) {
            return passed(r);
        }
        return "Not yet:\n" + r.describe() + "(hint gives a hint)\n";
    }

    private StepResult evaluate() {
        return CheckEvaluator.evaluate(lesson.steps().get(stepIndex), new CheckContext(silent, stepLogStart, localDir));
    }

    private String passed(StepResult r) {
        Step done = lesson.steps().get(stepIndex);
        LessonProgress lp = progress.lesson(lesson.id());
        lp = lp.withStep(done.id(), lp.step(done.id()).withDone(OptionalLong.of(lab.network().nowMillis())));
        StringBuilder sb = new StringBuilder();
        sb.append(r.describe()).append("Step ").append(stepIndex + 1).append(" passed: ").append(done.title()).append('\n');
        stepIndex++;
        stepLogStart = lab.network().commandLog().size();
        if (stepIndex < lesson.steps().size()) {
            lp = lp.withCurrentStep(lesson.steps().get(stepIndex).id());
            sb.append('\n').append(stepText());
        } else {
            sb.append("\nLesson ").append(lesson.numberText()).append(" complete. Type lessons for what comes next.\n");
        }
        updateProgress(lesson.id(), lp);
        return sb.toString();
    }

    /**
     * Called by the shell after each command line the learner ran: if that line completed the
     * step, the text announcing it (and the next step); otherwise nothing, so the learner is not
     * nagged after every command.
     */
    public Optional<String> afterCommand(String line) {
        if (lesson == null || stepIndex >= lesson.steps().size()) {
            return Optional.empty();
        }
        String first = line.strip().split("\\s+", 2)[0];
        if (first.isEmpty() || COMMANDS.contains(first)) {
            return Optional.empty();
        }
        StepResult r = evaluate();
        return r.passed() ? Optional.of(passed(r)) : Optional.empty();
    }

    /** {@code hint}: the next hint of the step. */
    public String hint() {
        Optional<String> none = noLesson();
        if (none.isPresent()) {
            return none.get();
        }
        Step s = lesson.steps().get(stepIndex);
        LessonProgress lp = progress.lesson(lesson.id());
        int shown = lp.step(s.id()).hintsShown();
        if (s.hints().isEmpty()) {
            return "This step has no hints. solution shows the answer.\n";
        }
        int next = Math.min(shown, s.hints().size() - 1);
        updateProgress(lesson.id(), lp.withStep(s.id(), lp.step(s.id()).withHintsShown(next + 1)));
        String more = next + 1 < s.hints().size() ? "(hint again for a more specific one)"
                : "(that was the last hint; solution now shows the answer)";
        return Prose.wrap("Hint " + (next + 1) + "/" + s.hints().size() + ": " + s.hints().get(next).text()) + "\n"
                + more + "\n";
    }

    /** {@code solution}: the current step's solution, once every hint was shown. */
    public String solution() {
        Optional<String> none = noLesson();
        if (none.isPresent()) {
            return none.get();
        }
        return solution(stepIndex);
    }

    /**
     * {@code solution N}: step N's solution (1-based), once that step passed or all its hints
     * were shown; a passed step has already moved on, so this is how to compare afterwards.
     */
    public String solutionOf(int stepNumber) {
        if (lesson == null) {
            return "No lesson is running. Type lessons, then lesson N.\n";
        }
        if (stepNumber < 1 || stepNumber > lesson.steps().size()) {
            return "Lesson " + lesson.numberText() + " has steps 1-" + lesson.steps().size() + ".\n";
        }
        return solution(stepNumber - 1);
    }

    private String solution(int index) {
        Step s = lesson.steps().get(index);
        LessonProgress lp = progress.lesson(lesson.id());
        StepProgress sp = lp.step(s.id());
        if (!sp.done() && sp.hintsShown() < s.hints().size()) {
            return "The solution of step " + (index + 1) + " opens once it passes or after all " + s.hints().size()
                    + " hints (" + sp.hintsShown() + " shown so far): type hint.\n";
        }
        updateProgress(lesson.id(), lp.withStep(s.id(), sp.withSolutionShown()));
        StringBuilder sb = new StringBuilder("One way to do step " + (index + 1) + ", typed from the laptop:\n");
        s.solution().forEach(x -> sb.append("  ").append(x).append('\n'));
        return sb.toString();
    }

    /** {@code next}: moves on once the current step is done. */
    public String next() {
        Optional<String> none = noLesson();
        if (none.isPresent()) {
            return none.get();
        }
        Step s = lesson.steps().get(stepIndex);
        if (!progress.lesson(lesson.id()).step(s.id()).done()) {
            return "Step " + (stepIndex + 1) + " is not done yet: check tells what is missing.\n";
        }
        stepIndex++;
        stepLogStart = lab.network().commandLog().size();
        if (stepIndex >= lesson.steps().size()) {
            return "Lesson " + lesson.numberText() + " complete.\n";
        }
        updateProgress(lesson.id(), progress.lesson(lesson.id()).withCurrentStep(lesson.steps().get(stepIndex).id()));
        return stepText();
    }

    /** {@code reset}: rebuilds the current step's start state (the lesson's start plus earlier solutions). */
    public String reset() {
        if (lesson == null) {
            return "No lesson is running. Type lessons, then lesson N.\n";
        }
        int index = Math.min(stepIndex, lesson.steps().size() - 1);
        String error = buildLab(lesson, index);
        if (error != null) {
            return error;
        }
        return "The lab is back at the start of step " + (index + 1) + ".\n\n" + stepText();
    }

    private void updateProgress(String lessonId, LessonProgress lp) {
        progress = progress.with(lessonId, lp);
        if (store.readOnly()) {
            return; // the load message already said why nothing is saved
        }
        try {
            store.save(progress);
        } catch (RuntimeException e) {
            pendingMessages.add("progress not saved: " + e.getMessage());
        }
    }
}
