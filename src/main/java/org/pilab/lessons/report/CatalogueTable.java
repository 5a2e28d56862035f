package org.pilab.lessons.report;

import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.progress.LessonProgress;
import org.pilab.lessons.progress.Progress;

/** The catalogue as one line per lesson: {@code 04  Install SLURM and munge  3/7 steps}. */
public final class CatalogueTable {

    private CatalogueTable() {
    }

    public static String render(Catalogue catalogue, Progress progress) {
        int width = catalogue.lessons().stream().mapToInt(l -> l.title().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Lesson l : catalogue.lessons()) {
            sb.append(line(l, progress.lesson(l.id()), width)).append('\n');
        }
        return sb.toString();
    }

    static String line(Lesson l, LessonProgress p, int titleWidth) {
        long done = l.steps().stream().filter(s -> p.step(s.id()).done()).count();
        String status = done == l.steps().size() ? "done (" + done + "/" + l.steps().size() + " steps)"
                : done + "/" + l.steps().size() + " steps";
        return String.format("%s  %-" + titleWidth + "s  %s", l.numberText(), l.title(), status);
    }
}
