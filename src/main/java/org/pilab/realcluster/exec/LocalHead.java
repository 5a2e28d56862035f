package org.pilab.realcluster.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pilab.jobs.output.AtomicFiles;

/** The head is this machine: programs run here with this process's environment (SLURM_CONF). */
public final class LocalHead implements Head {

    private final CommandRunner runner;
    private final Duration timeout;

    public LocalHead(CommandRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    @Override
    public CommandResult run(List<String> argv, String stdin) {
        return runner.run(argv, stdin, timeout);
    }

    @Override
    public boolean isReadableFile(String path) {
        Path p = Path.of(path);
        return Files.isRegularFile(p) && Files.isReadable(p);
    }

    @Override
    public void createDirectories(String path) {
        try {
            Files.createDirectories(Path.of(path));
        } catch (IOException e) {
            throw new ClusterException("cannot create " + path + ": " + e.getMessage()
                    + "; check that the shared folder exists and you may write to it", e);
        }
    }

    @Override
    public void writeFile(String path, String content) {
        try {
            AtomicFiles.writeString(Path.of(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path resultsHere(String dir, Path cache) {
        return Path.of(dir);
    }

    @Override
    public String describe() {
        return "this machine";
    }
}
