package org.pilab.sim;

/**
 * Conversions for virtual time, which the kernel keeps as {@code long} milliseconds.
 * Integer milliseconds make event ordering exact (no floating-point ties that depend on how
 * a time was computed), and SLURM's own unit, the second, is a whole multiple.
 */
public final class SimTime {

    public static final long MILLIS_PER_SECOND = 1_000L;
    public static final long MILLIS_PER_MINUTE = 60_000L;
    public static final long MILLIS_PER_HOUR = 3_600_000L;
    public static final long MILLIS_PER_DAY = 86_400_000L;

    private SimTime() {
    }

    public static long seconds(long seconds) {
        return Math.multiplyExact(seconds, MILLIS_PER_SECOND);
    }

    public static long minutes(long minutes) {
        return Math.multiplyExact(minutes, MILLIS_PER_MINUTE);
    }

    /** Milliseconds for a (possibly fractional) number of seconds, rounded to the nearest ms. */
    public static long fromSeconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time in seconds must be finite, got " + seconds);
        }
        return Math.round(seconds * MILLIS_PER_SECOND);
    }

    public static double toSeconds(long millis) {
        return millis / (double) MILLIS_PER_SECOND;
    }

    /** Whole seconds, rounded down: what SLURM would show for an elapsed time. */
    public static long wholeSeconds(long millis) {
        return Math.floorDiv(millis, MILLIS_PER_SECOND);
    }
}
