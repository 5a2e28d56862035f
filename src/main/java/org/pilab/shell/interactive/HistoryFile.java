package org.pilab.shell.interactive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command history kept between runs, one command a line. History is a convenience: a
 * missing, unreadable or unwritable file (a read-only home, a full disk) turns persistence off
 * for the rest of the run and never stops the shell.
 */
final class HistoryFile {

    private final Path path;
    private boolean usable;

    private HistoryFile(Path path, boolean usable) {
        this.path = path;
        this.usable = usable;
    }

    /** {@code ~/.pilab/history}, or a history that lives only in memory when there is no home. */
    static HistoryFile inHome() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) {
            return inMemory();
        }
        try {
            return at(Path.of(home, ".pilab", "history"));
        } catch (InvalidPathException e) {
            return inMemory();
        }
    }

    static HistoryFile at(Path path) {
        return new HistoryFile(path, true);
    }

    static HistoryFile inMemory() {
        return new HistoryFile(null, false);
    }

    Optional<Path> path() {
        return usable ? Optional.of(path) : Optional.empty();
    }

    /** The saved commands, oldest first; none when the file is absent or unreadable. */
    List<String> load() {
        if (!usable || !Files.isRegularFile(path)) {
            return List.of();
        }
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            usable = false;
            return List.of();
        }
    }

    /**
     * Replaces the file with these commands: written to a temporary file in the same folder and
     * moved over the old one, so a crash mid-write leaves the previous history, never half of it.
     *
     * @return whether the history reached the file
     */
    boolean save(List<String> commands) {
        if (!usable) {
            return false;
        }
        Path temp = null;
        try {
            Path folder = path.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".history", ".tmp");
            Files.write(temp, commands, StandardCharsets.UTF_8);
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            usable = false;
            deleteQuietly(temp);
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException ignored) {
            // the history is already given up for this run; a stray temp file is harmless
        }
    }
}
