package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scripted learner walks every shipped lesson through {@code pilab shell} with stdin not a
 * terminal, exactly as a learner's typed lines arrive: {@code lesson N}, then each step's
 * scripted solution read from the lesson file, with no {@code check} typed. The tutor must pass
 * every step on its own and the progress file must record the whole lesson done.
 */
class ScriptedLearnerTest {

    private final InputStream realIn = System.in;

    @TempDir
    Path tmp;

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    static Stream<Path> lessons() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("lessons"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("lesson.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theSolutionsTypedAtThePromptPassEveryStep(Path dir) throws IOException {
        JsonNode lesson = new ObjectMapper().readTree(dir.resolve("lesson.json").toFile());
        String number = dir.getFileName().toString().substring(0, 2);
        StringBuilder script = new StringBuilder("lesson " + Integer.parseInt(number) + "\n");
        for (JsonNode step : lesson.get("steps")) {
            step.get("solution").forEach(line -> script.append(line.asText()).append('\n'));
        }
        System.setIn(new ByteArrayInputStream(script.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path progress = tmp.resolve("progress.json");
        int status = Main.run(new String[] {"shell", "--progress", progress.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        String seen = out + "\n--- stderr ---\n" + err;
        assertEquals(0, status, seen);
        int steps = lesson.get("steps").size();
        for (int i = 1; i <= steps; i++) {
            assertTrue(out.toString().contains("Step " + i + " passed"), "step " + i + " of " + dir + "\n" + seen);
        }
        assertTrue(out.toString().contains("Lesson " + number + " complete"), seen);
        JsonNode saved = new ObjectMapper().readTree(progress.toFile()).get("lessons").get(lesson.get("id").asText());
        lesson.get("steps").forEach(step -> assertTrue(
                saved.get("steps").get(step.get("id").asText()).get("done").asBoolean(), step.get("id") + " done"));
    }
}
