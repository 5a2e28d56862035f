package org.pilab.lessons.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @Test
    void savedProgressReadsBack(@TempDir Path dir) {
        ProgressStore store = new ProgressStore(dir.resolve("progress.json"));
        Progress p = Progress.EMPTY.with("04-install-slurm", LessonProgress.NONE.withCurrentStep("one-munge-key")
                .withStep("install", StepProgress.NONE.withHintsShown(2).withDone(OptionalLong.of(1234)))
                .withStep("one-munge-key", StepProgress.NONE.withHintsShown(3).withSolutionShown()));
        store.save(p);
        ProgressStore.Loaded loaded = new ProgressStore(dir.resolve("progress.json")).load();
        assertEquals(p, loaded.progress());
        assertTrue(loaded.message().isEmpty());
    }

    @Test
    void missingFileIsAnEmptyProgress(@TempDir Path dir) {
        assertEquals(Progress.EMPTY, new ProgressStore(dir.resolve("none/progress.json")).load().progress());
    }

    @Test
    void corruptFileIsMovedAsideWithAMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"version\": 1, \"lessons\": {");
        Files.writeString(dir.resolve("progress.json.corrupt-1"), "older");
        ProgressStore store = new ProgressStore(file);
        ProgressStore.Loaded loaded = store.load();
        assertEquals(Progress.EMPTY, loaded.progress());
        String message = loaded.message().orElseThrow();
        assertTrue(message.contains("progress.json.corrupt-2"), message);
        assertTrue(message.startsWith(file + ":1:"), "names file:line:col: " + message);
        assertTrue(message.contains("ends too early"), message);
        assertFalse(message.contains("Source") || message.contains("REDACTED"), message);
        assertEquals("{\"version\": 1, \"lessons\": {", Files.readString(dir.resolve("progress.json.corrupt-2")));
        assertEquals("older", Files.readString(dir.resolve("progress.json.corrupt-1")));
        assertFalse(Files.exists(file));
        store.save(Progress.EMPTY);
        assertTrue(Files.exists(file));
    }

    @Test
    void fileFromANewerVersionIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("progress.json");
        String newer = "{\"version\": 7, \"lessons\": {}, \"badges\": []}";
        Files.writeString(file, newer);
        ProgressStore store = new ProgressStore(file);
        ProgressStore.Loaded loaded = store.load();
        assertTrue(loaded.message().orElseThrow().contains("newer pilab"), loaded.message().get());
        assertTrue(store.readOnly());
        assertThrows(IllegalStateException.class, () -> store.save(Progress.EMPTY));
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void pilabHomeOverridesTheHomeFolder() {
        assertEquals(Path.of("/data/lab/progress.json"),
                ProgressStore.atDefaultLocation(Map.of("PILAB_HOME", "/data/lab"), "/home/x").file());
        assertEquals(Path.of("/home/x/.pilab/progress.json"), ProgressStore.atDefaultLocation(Map.of(), "/home/x").file());
    }
}
