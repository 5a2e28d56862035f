package org.pilab.tui.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the dashboard loop is paced.
 *
 * @param refreshInterval the time between snapshots at start; +/- step through
 *     {@link #REFRESH_STEPS}
 * @param clock what the loop measures and waits with
 */
public record Controls(Duration refreshInterval, RefreshClock clock) {

    /** The speeds +/- move between, fastest first. */
    public static final List<Duration> REFRESH_STEPS = List.of(Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10));

    public Controls {
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(clock, "clock");
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("refresh interval must be positive, was " + refreshInterval);
        }
    }

    /** One refresh a second on the machine's clock. */
    public static Controls defaults() {
        return new Controls(Duration.ofSeconds(1), RefreshClock.system());
    }

    public static Controls every(Duration refreshInterval) {
        return new Controls(refreshInterval, RefreshClock.system());
    }
}
