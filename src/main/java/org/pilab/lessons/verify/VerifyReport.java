package org.pilab.lessons.verify;

import java.util.List;

/** All lesson verdicts and the catalogue-wide problems; {@link #render()} is what verify prints. */
public record VerifyReport(List<LessonVerdict> lessons, List<String> catalogueProblems) {

    public VerifyReport {
        lessons = List.copyOf(lessons);
        catalogueProblems = List.copyOf(catalogueProblems);
    }

    public boolean ok() {
        return catalogueProblems.isEmpty() && lessons.stream().allMatch(LessonVerdict::ok);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (String p : catalogueProblems) {
            sb.append("catalogue: ").append(p).append('\n');
        }
        for (LessonVerdict v : lessons) {
            sb.append(v.ok() ? "PASS " : "FAIL ").append(v.lesson().id());
            if (v.cannotRun().isEmpty() && v.steps().size() == v.lesson().steps().size()) {
                sb.append(String.format("  (%d steps; solutions take %s virtual, %d ms real; start state built in %d ms)",
                        v.steps().size(), virtual(v.virtualMillis()), v.wallMillis(), v.startWallMillis()));
            }
            sb.append('\n');
            v.lessonProblems().forEach(p -> sb.append("    ").append(p).append('\n'));
            for (StepVerdict s : v.steps()) {
                sb.append("  ").append(s.ok() ? "ok   " : "FAIL ").append(s.stepId()).append('\n');
                s.problems().forEach(p -> sb.append("      ").append(p).append('\n'));
                s.notes().forEach(n -> sb.append("      ").append(n).append('\n'));
            }
            v.cannotRun().ifPresent(c -> sb.append("    cannot run: ").append(c).append('\n'));
        }
        long passed = lessons.stream().filter(LessonVerdict::ok).count();
        sb.append(passed).append(" of ").append(lessons.size()).append(" lessons verified\n");
        return sb.toString();
    }

    static String virtual(long millis) {
        long s = millis / 1000;
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
