package org.pilab.jobs.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of results built in a hidden staging folder beside the target and renamed to the
 * target at the end, so the target never exists half-written. An existing non-empty target is
 * refused unless replacing is allowed; then it is moved aside, the new folder renamed in and
 * the old one deleted.
 */
public final class StagedDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final boolean replace;
    private boolean committed;

    private StagedDirectory(Path target, Path staging, boolean replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
    }

    /**
     * Starts a staged folder for {@code target}.
     *
     * @param replace whether a non-empty existing target may be replaced (a --force flag)
     * @throws FileAlreadyExistsException if the target is a non-empty folder (or a file) and
     *                                    replacing is not allowed
     */
    public static StagedDirectory begin(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(absolute, replace);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".staging-");
        AtomicFiles.readableByAll(staging, "rwxr-xr-x");
        return new StagedDirectory(absolute, staging, replace);
    }

    private static void checkTarget(Path target, boolean replace) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a directory");
        }
        if (!replace && !isEmpty(target)) {
            throw new DirectoryNotEmptyException(target.toString());
        }
    }

    /** Where to write the files; they appear at the target only on {@link #commit()}. */
    public Path dir() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Renames the staging folder to the target. */
    public void commit() throws IOException {
        checkTarget(target, replace);
        if (Files.exists(target)) {
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            AtomicFiles.move(target, old);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } else {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    /** Without a commit, the staging folder and everything in it is deleted. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
