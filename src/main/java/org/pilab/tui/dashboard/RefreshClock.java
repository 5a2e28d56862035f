package org.pilab.tui.dashboard;

import java.time.Duration;

/**
 * The pace of the refresh loop, and nothing else: the simulation's time comes from the
 * {@link DashboardSource}. Tests give a clock whose sleep returns at once, so the loop runs as
 * fast as the machine allows and stays deterministic.
 */
public interface RefreshClock {

    /** A monotonic reading in nanoseconds. */
    long nanoTime();

    /** Waits about this long (the loop checks for keys in between). */
    void sleep(Duration duration) throws InterruptedException;

    /** The machine's own monotonic clock and Thread.sleep. */
    static RefreshClock system() {
        return new RefreshClock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
