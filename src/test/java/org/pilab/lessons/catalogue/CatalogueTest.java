package org.pilab.lessons.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.lessons.model.Lesson;

class CatalogueTest {

    @Test
    void theShippedLessonsLoadInNumberOrderWithTheirProse() {
        Catalogue c = Catalogue.load(Path.of("lessons"));
        assertFalse(c.lessons().isEmpty());
        for (int i = 0; i < c.lessons().size(); i++) {
            Lesson l = c.lessons().get(i);
            assertTrue(l.id().startsWith(l.numberText() + "-"), l.id());
            assertFalse(l.readme().isBlank(), l.id() + " has no README.md");
            if (i > 0) {
                assertTrue(c.lessons().get(i - 1).number() < l.number());
            }
        }
    }

    @Test
    void theClasspathCopyHasTheSameLessons() {
        Catalogue disk = Catalogue.load(Path.of("lessons"));
        Catalogue bundled = Catalogue.fromClasspath();
        assertEquals(disk.lessons().stream().map(Lesson::id).toList(), bundled.lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void aReferenceToAMissingLessonIsRefused(@TempDir Path dir) throws IOException {
        Path l = Files.createDirectories(dir.resolve("03-x"));
        Files.writeString(l.resolve("lesson.json"), "{\"version\":1,\"id\":\"03-x\",\"title\":\"X\",\"scenario\":\"after:02\","
                + "\"steps\":[{\"id\":\"s\",\"title\":\"t\",\"text\":\"t\",\"checks\":[{\"type\":\"command_run\",\"regex\":\"x\","
                + "\"why\":\"w\"}],\"hints\":[\"h\"],\"solution\":[\"x\"]}]}");
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> Catalogue.load(dir));
        assertTrue(e.getMessage().contains("after:02 names a lesson that does not exist"), e.getMessage());
    }

    @Test
    void aFolderWithoutLessonJsonIsReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("01-empty"));
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> Catalogue.load(dir));
        assertTrue(e.getMessage().contains("lessons/01-empty: no lesson.json"), e.getMessage());
    }
}
