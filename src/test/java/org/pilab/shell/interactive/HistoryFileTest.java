package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    @TempDir
    Path home;

    @Test
    void savedCommandsComeBackInOrderAndTheFolderIsCreated() {
        Path file = home.resolve(".pilab").resolve("history");
        HistoryFile history = HistoryFile.at(file);

        assertTrue(history.save(List.of("sinfo", "squeue -u pi", "sbatch job.sh")));
        assertEquals(List.of("sinfo", "squeue -u pi", "sbatch job.sh"), HistoryFile.at(file).load());
    }

    @Test
    void aSaveReplacesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = home.resolve("history");
        Files.writeString(file, "old one\nold two\n");
        HistoryFile history = HistoryFile.at(file);

        assertTrue(history.save(List.of("new")));
        assertEquals(List.of("new"), Files.readAllLines(file));
        try (var entries = Files.list(home)) {
            assertEquals(List.of(file), entries.toList());
        }
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        assertEquals(List.of(), HistoryFile.at(home.resolve("none")).load());
    }

    @Test
    void anUnwritablePlaceTurnsPersistenceOffWithoutThrowing() throws Exception {
        Path notAFolder = home.resolve("file");
        Files.writeString(notAFolder, "x");
        HistoryFile history = HistoryFile.at(notAFolder.resolve("history"));

        assertFalse(history.save(List.of("sinfo")));
        assertTrue(history.path().isEmpty(), "persistence is off for the rest of the run");
        assertFalse(history.save(List.of("sinfo")));
    }

    @Test
    void aHistoryInMemoryNeverTouchesTheDisk() {
        HistoryFile history = HistoryFile.inMemory();
        assertFalse(history.save(List.of("sinfo")));
        assertEquals(List.of(), history.load());
    }
}
