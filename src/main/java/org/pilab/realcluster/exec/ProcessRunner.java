package org.pilab.realcluster.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Starts real programs through {@link ProcessBuilder} with an argument list. The environment
 * is this process's own (so SLURM_CONF and PATH reach sbatch), plus any extra variables given.
 */
public final class ProcessRunner implements CommandRunner {

    private final Map<String, String> extraEnv;

    public ProcessRunner() {
        this(Map.of());
    }

    public ProcessRunner(Map<String, String> extraEnv) {
        this.extraEnv = Map.copyOf(extraEnv);
    }

    @Override
    public CommandResult run(List<String> argv, String stdin, Duration timeout) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("no program to run");
        }
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().putAll(extraEnv);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ClusterException("cannot run " + argv.get(0) + ": it is not installed or not on the PATH ("
                    + e.getMessage() + ")", e);
        }
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The program did not read its input (it exited early); its output says why.
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new ClusterException(ShellQuote.join(argv) + " did not finish within " + timeout.toSeconds()
                        + " s and was stopped");
            }
            return new CommandResult(argv, p.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for " + argv.get(0), e);
        } catch (ExecutionException e) {
            throw new ClusterException("cannot read the output of " + argv.get(0) + ": " + e.getCause(), e);
        }
    }

    /**
     * Reads a stream on a thread of its own: stdout and stderr must be read at the same time,
     * or a program that fills one pipe blocks forever (the common pool may have one thread).
     */
    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (stream) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                stream.transferTo(buf);
                result.complete(buf.toString(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "pilab-process-output");
        t.setDaemon(true);
        t.start();
        return result;
    }
}
