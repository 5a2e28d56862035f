package org.pilab.shell.interactive;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pilab.shell.CommandOutcome;
import org.pilab.shell.Interrupt;
import org.pilab.shell.PromptState;
import org.pilab.shell.ShellSession;

/**
 * The one thread that talks to the session. The line reader, the real-time ticker, the editor's
 * saves and the dashboard's refreshes all come from different threads; running every call here,
 * one after another, means a session never has to be thread-safe and the simulation never sees
 * two callers at once. No terminal lock is ever held while waiting here.
 */
final class SessionWorker implements AutoCloseable {

    private final ShellSession session;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "pilab-session");
        t.setDaemon(true);  // a session stuck in a command must not keep the JVM alive after exit
        return t;
    });

    SessionWorker(ShellSession session) {
        this.session = session;
    }

    PromptState prompt() {
        return call(session::prompt);
    }

    boolean finished() {
        return call(session::finished);
    }

    String statusLine() {
        return call(session::statusLine);
    }

    void advanceRealTime(long realMillis) {
        call(() -> {
            session.advanceRealTime(realMillis);
            return null;
        });
    }

    /**
     * Runs a command line and waits for it. If this (the terminal's) thread is interrupted while
     * waiting, that is taken as Ctrl-C: the command is asked to stop and still waited for, so
     * the session is never left running a command nobody collects.
     */
    CommandOutcome execute(String line, Interrupt interrupt) {
        Future<CommandOutcome> outcome = thread.submit(() -> session.execute(line, interrupt));
        try {
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    // Consumed here as the command's Ctrl-C; restoring the flag would make the
                    // next prompt read a second, phantom one.
                    interrupt.raise();
                }
            }
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /**
     * Completion candidates, or none when the session is too busy to answer in time: a Tab
     * press must not freeze the line being typed.
     */
    List<String> complete(String line, int cursor, long timeoutMillis) {
        Future<List<String>> candidates = thread.submit(() -> session.complete(line, cursor));
        try {
            List<String> result = candidates.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return result == null ? List.of() : result;
        } catch (TimeoutException e) {
            candidates.cancel(false);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** Any other session work (an editor save, a dashboard refresh), in turn with the rest. */
    <T> T call(Callable<T> work) {
        Future<T> result = thread.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the session", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("session failed: " + cause, cause);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
