package org.pilab.shell.interactive;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Lets the virtual clock follow real time: every period it tells the session how many real
 * milliseconds passed (measured on a monotonic clock, whole milliseconds, the remainder carried
 * so nothing drifts), then refreshes the status line.
 *
 * <p>Paused while a command runs (the command moves the virtual clock itself) and while the
 * dashboard runs (its source advances the simulation at each refresh); the time spent paused is
 * never reported, so leaving either does not make the clock jump.</p>
 */
final class RealTimeTicker implements AutoCloseable {

    static final Duration DEFAULT_PERIOD = Duration.ofMillis(200);

    private final SessionWorker worker;
    private final Runnable afterTick;
    private final LongSupplier nanoClock;
    private final Duration period;
    private final Object lock = new Object();
    private ScheduledExecutorService timer;
    private long accountedUpTo;
    private int pauses;

    /**
     * @param afterTick run after each advance (the status line refresh), off the timer's lock
     * @param nanoClock a monotonic reading in nanoseconds ({@code System::nanoTime})
     */
    RealTimeTicker(SessionWorker worker, Runnable afterTick, LongSupplier nanoClock, Duration period) {
        this.worker = worker;
        this.afterTick = afterTick;
        this.nanoClock = nanoClock;
        this.period = period;
        this.accountedUpTo = nanoClock.getAsLong();
    }

    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "pilab-clock");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, period.toMillis());
        timer.scheduleWithFixedDelay(this::tickQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Reports the real time since the last report, unless paused; then refreshes. */
    void tick() {
        long elapsedMillis;
        synchronized (lock) {
            if (pauses > 0) {
                return;
            }
            long now = nanoClock.getAsLong();
            elapsedMillis = (now - accountedUpTo) / 1_000_000L;
            if (elapsedMillis <= 0) {
                return;
            }
            accountedUpTo += elapsedMillis * 1_000_000L;
        }
        worker.advanceRealTime(elapsedMillis);
        afterTick.run();
    }

    /** Stops reporting time until the matching {@link #resume()}. Pauses nest. */
    void pause() {
        synchronized (lock) {
            pauses++;
        }
    }

    /** Reports time again, counting from now. */
    void resume() {
        synchronized (lock) {
            if (pauses > 0) {
                pauses--;
            }
            if (pauses == 0) {
                accountedUpTo = nanoClock.getAsLong();
            }
        }
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A failing tick must not cancel the schedule (a ScheduledExecutorService drops a task
            // that throws); the command that triggers the fault will report it at the prompt.
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
