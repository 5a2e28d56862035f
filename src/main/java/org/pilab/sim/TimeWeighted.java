package org.pilab.sim;

/**
 * Statistics of a piecewise-constant value over virtual time (busy cores, queue length, power
 * draw): the value holds from one update to the next, and the mean weights each value by how
 * long it held. Unlike a {@link Tally}, ten updates in one second count for one second.
 */
public final class TimeWeighted {

    private final String name;
    private final long startTime;
    private long lastTime;
    private double value;
    private double integral;
    private double min;
    private double max;

    public TimeWeighted(String name, long startMillis, double initialValue) {
        this.name = name;
        this.startTime = startMillis;
        this.lastTime = startMillis;
        this.value = initialValue;
        this.min = initialValue;
        this.max = initialValue;
    }

    public String name() {
        return name;
    }

    /** Sets a new value from {@code timeMillis} on. */
    public void update(long timeMillis, double newValue) {
        advance(timeMillis);
        value = newValue;
        min = Math.min(min, newValue);
        max = Math.max(max, newValue);
    }

    /** Adds {@code delta} to the current value from {@code timeMillis} on. */
    public void increment(long timeMillis, double delta) {
        update(timeMillis, value + delta);
    }

    public double current() {
        return value;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Integral of the value over [start, timeMillis], in value x milliseconds. */
    public double integral(long timeMillis) {
        checkNotBefore(timeMillis);
        return integral + value * (timeMillis - lastTime);
    }

    /** Time-weighted mean over [start, timeMillis]; the current value if no time has passed. */
    public double mean(long timeMillis) {
        long span = timeMillis - startTime;
        checkNotBefore(timeMillis);
        return span == 0 ? value : integral(timeMillis) / span;
    }

    private void advance(long timeMillis) {
        checkNotBefore(timeMillis);
        integral += value * (timeMillis - lastTime);
        lastTime = timeMillis;
    }

    private void checkNotBefore(long timeMillis) {
        if (timeMillis < lastTime) {
            throw new IllegalArgumentException("time-weighted '" + name + "': t=" + timeMillis
                    + " ms is before its last update at t=" + lastTime + " ms");
        }
    }
}
