package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.lessons.progress.LessonProgress;
import org.pilab.lessons.progress.Progress;
import org.pilab.lessons.progress.ProgressStore;
import org.pilab.lessons.progress.StepProgress;

/** {@code pilab lessons list|export} end to end, through {@link Main#run}. */
class LessonsCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private Path progressWithThreeStepsOfLesson04() {
        Path file = dir.resolve("progress.json");
        LessonProgress lp = LessonProgress.NONE;
        for (String step : new String[] {"install", "one-munge-key", "slurmd-C"}) {
            lp = lp.withStep(step, StepProgress.NONE.withHintsShown(1).withDone(OptionalLong.of(5000)));
        }
        new ProgressStore(file).save(Progress.EMPTY.with("04-install-slurm", lp.withCurrentStep("write-slurm-conf")));
        return file;
    }

    @Test
    void listShowsEveryLessonWithItsProgress() {
        Run r = run("lessons", "list", "--progress", progressWithThreeStepsOfLesson04().toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("04  Install SLURM and munge +3/7 steps")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("00  The cluster you will build +0/3 steps")), r.out());
        assertEquals(13, r.out().lines().count(), r.out());
    }

    @Test
    void exportWritesMarkdownAndJson() throws IOException {
        String progress = progressWithThreeStepsOfLesson04().toString();
        Run md = run("lessons", "export", "--format", "md", "--progress", progress);
        assertEquals(0, md.status(), md.err());
        assertTrue(md.out().contains("## 04 Install SLURM and munge (3/7 steps)"), md.out());
        Path out = dir.resolve("report.json");
        Run json = run("lessons", "export", "--format", "json", "--out", out.toString(), "--progress", progress);
        assertEquals(0, json.status(), json.err());
        JsonNode root = new ObjectMapper().readTree(Files.readString(out));
        JsonNode l04 = root.get("lessons").get(4);
        assertEquals("04-install-slurm", l04.get("id").asText());
        assertEquals(3, l04.get("steps_done").asInt());
        assertEquals(5000, l04.get("steps").get(0).get("done_at_virtual_ms").asLong());
    }

    @Test
    void aBrokenLessonIsBadInputWithItsLocation() throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("lessons/01-bad"));
        Files.writeString(lessons.resolve("lesson.json"), "{\"version\": 1,\n \"id\": \"01-bad\", \"title\": \"Bad\",\n"
                + " \"scenario\": \"moon\", \"steps\": []}");
        Run r = run("lessons", "list", "--lessons", dir.resolve("lessons").toString(), "--progress", dir.resolve("p.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("lessons/01-bad/lesson.json:3:14: unknown scenario \"moon\""), r.err());
    }

    @Test
    void verifyRefusesAnUnknownLessonNumber() {
        Run r = run("lessons", "verify", "42");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no lesson 42"), r.err());
    }
}
