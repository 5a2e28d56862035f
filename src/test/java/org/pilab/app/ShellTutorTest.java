package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson tutor in {@code pilab shell}, driven line by line through stdin as a learner would. */
class ShellTutorTest {

    private final InputStream realIn = System.in;

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private Run shell(String script, String... extra) {
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = new ArrayList<>(List.of("shell", "--progress", progress().toString()));
        argv.addAll(List.of(extra));
        int status = Main.run(argv.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private Path progress() {
        return tmp.resolve("progress.json");
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    /** The solution lines of lesson 05's first step, read from the lesson itself. */
    private static List<String> firstStepSolution() throws IOException {
        JsonNode lesson = new ObjectMapper().readTree(Path.of("lessons/05-first-jobs/lesson.json").toFile());
        List<String> lines = new ArrayList<>();
        lesson.get("steps").get(0).get("solution").forEach(n -> lines.add(n.asText()));
        return lines;
    }

    @Test
    void lessonCheckAndHintAnswerAtThePrompt() {
        Run r = shell("lesson 5\ncheck\nhint\n");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Lesson 05"), r.out());
        assertTrue(r.out().contains("Step 1/4"), r.out());
        assertTrue(r.out().contains("Not yet:"), r.out());
        assertTrue(r.out().contains("Hint 1/"), r.out());
    }

    @Test
    void theSolutionOpensOnlyAfterEveryHint() {
        Run early = shell("lesson 5\nsolution\n");
        assertTrue(early.out().contains("opens once it passes or after all"), early.out());
        Run late = shell("lesson 5\nhint\nhint\nhint\nsolution\n");
        assertTrue(late.out().contains("One way to do step 1"), late.out());
        assertTrue(late.out().contains("sbatch hello.sh"), late.out());
    }

    @Test
    void doingTheStepPassesItWithoutTypingCheckAndTheProgressIsSaved() throws IOException {
        StringBuilder script = new StringBuilder("lesson 5\n");
        firstStepSolution().forEach(l -> script.append(l).append('\n'));
        script.append("next\n");
        Run r = shell(script.toString());
        assertTrue(r.out().contains("Step 1 passed"), r.out());
        assertTrue(r.out().contains("Step 2/4"), r.out());
        // the step just begun is not done, so next refuses to skip it
        assertTrue(r.out().contains("Step 2 is not done yet"), r.out());
        JsonNode saved = new ObjectMapper().readTree(progress().toFile());
        JsonNode lesson = saved.get("lessons").get("05-first-jobs");
        assertTrue(lesson.get("steps").get("first-batch-job").get("done").asBoolean(), saved.toString());
        assertEquals("cancel-a-job", lesson.get("current_step").asText());
    }

    @Test
    void aSecondSessionResumesWhereTheFirstStopped() throws IOException {
        StringBuilder script = new StringBuilder("lesson 5\n");
        firstStepSolution().forEach(l -> script.append(l).append('\n'));
        shell(script.toString());
        Run again = shell("lesson 5\n");
        assertTrue(again.out().contains("resuming"), again.out());
        assertTrue(again.out().contains("Step 2/4"), again.out());
    }

    @Test
    void welcomeListsTheLessonsAndCommandsStillRun() {
        Run r = shell("hostname\n", "--scenario", "fresh", "--welcome");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("05"), r.out());
        assertTrue(r.out().contains("lesson N"), r.out());
        assertTrue(r.out().strip().endsWith("laptop"), r.out());
        assertFalse(Files.exists(progress()), "listing lessons writes no progress");
    }

    @Test
    void aBarePilabStartsTheLessonShell() {
        List<String> args = List.of(PilabCommand.DEFAULT_ARGS);
        assertEquals("shell", args.get(0));
        assertTrue(args.contains("--welcome"), args.toString());
    }
}
