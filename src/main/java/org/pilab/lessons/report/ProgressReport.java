package org.pilab.lessons.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.Step;
import org.pilab.lessons.progress.LessonProgress;
import org.pilab.lessons.progress.Progress;
import org.pilab.lessons.progress.StepProgress;

/** The learner's progress report, as Markdown or JSON ({@code pilab lessons export}). */
public final class ProgressReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProgressReport() {
    }

    public static String markdown(Catalogue catalogue, Progress progress) {
        StringBuilder sb = new StringBuilder("# Pi Cluster Lab: lesson progress\n\n");
        long stepsDone = 0;
        long steps = 0;
        for (Lesson l : catalogue.lessons()) {
            LessonProgress lp = progress.lesson(l.id());
            long done = l.steps().stream().filter(s -> lp.step(s.id()).done()).count();
            stepsDone += done;
            steps += l.steps().size();
            sb.append("## ").append(l.numberText()).append(' ').append(l.title()).append(" (").append(done).append('/')
                    .append(l.steps().size()).append(" steps)\n\n");
            sb.append("| step | done | hints | solution shown |\n|---|---|---|---|\n");
            for (Step s : l.steps()) {
                StepProgress sp = lp.step(s.id());
                sb.append("| ").append(s.title()).append(" | ").append(sp.done() ? "yes" : "no").append(" | ")
                        .append(sp.hintsShown()).append('/').append(s.hints().size()).append(" | ")
                        .append(sp.solutionShown() ? "yes" : "no").append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("Total: ").append(stepsDone).append(" of ").append(steps).append(" steps done.\n");
        return sb.toString();
    }

    public static String json(Catalogue catalogue, Progress progress) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode lessons = root.putArray("lessons");
        for (Lesson l : catalogue.lessons()) {
            LessonProgress lp = progress.lesson(l.id());
            ObjectNode ln = lessons.addObject();
            ln.put("number", l.number());
            ln.put("id", l.id());
            ln.put("title", l.title());
            ln.put("steps_done", l.steps().stream().filter(s -> lp.step(s.id()).done()).count());
            ln.put("steps_total", l.steps().size());
            ArrayNode sa = ln.putArray("steps");
            for (Step s : l.steps()) {
                StepProgress sp = lp.step(s.id());
                ObjectNode sn = sa.addObject();
                sn.put("id", s.id());
                sn.put("title", s.title());
                sn.put("done", sp.done());
                sn.put("hints_shown", sp.hintsShown());
                sn.put("hints_total", s.hints().size());
                sn.put("solution_shown", sp.solutionShown());
                sp.doneAtMillis().ifPresent(t -> sn.put("done_at_virtual_ms", t));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the progress report", e);
        }
    }
}
