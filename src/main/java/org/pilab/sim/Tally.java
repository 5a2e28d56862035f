package org.pilab.sim;

import java.util.Arrays;

/**
 * Statistics over independent observations (a job's wait time, a ping): count, mean, min, max,
 * variance; percentiles when the tally was asked to keep its values. Mean and variance use
 * Welford's update, which stays accurate over millions of observations.
 */
public final class Tally {

    private final String name;
    private final boolean storeValues;
    private long count;
    private double mean;
    private double m2;
    private double sum;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private double[] values;
    private int stored;
    private boolean sorted = true;

    /** A tally that keeps only running moments (no percentiles). */
    public Tally(String name) {
        this(name, false);
    }

    public Tally(String name, boolean storeValues) {
        this.name = name;
        this.storeValues = storeValues;
        this.values = storeValues ? new double[64] : null;
    }

    public String name() {
        return name;
    }

    public void add(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("tally '" + name + "' cannot record NaN");
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
        sum += value;
        if (count == 1) {
            min = value;
            max = value;
        } else {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (storeValues) {
            if (stored == values.length) {
                values = Arrays.copyOf(values, stored * 2);
            }
            values[stored++] = value;
            sorted = false;
        }
    }

    public long count() {
        return count;
    }

    public double sum() {
        return sum;
    }

    /** Mean, or NaN with no observations. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Sample variance (n - 1 denominator); NaN with fewer than two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    public boolean storesValues() {
        return storeValues;
    }

    /**
     * The p-th percentile (0..100) by linear interpolation between closest ranks (the default
     * of numpy and R type 7), so the 50th percentile of {1, 2} is 1.5.
     *
     * @throws IllegalStateException if this tally does not store values or is empty
     */
    public double percentile(double p) {
        if (!storeValues) {
            throw new IllegalStateException("tally '" + name + "' keeps no values; create it with"
                    + " new Tally(name, true) to ask for percentiles");
        }
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must be within 0..100, got " + p);
        }
        if (stored == 0) {
            throw new IllegalStateException("tally '" + name + "' has no observations");
        }
        if (!sorted) {
            Arrays.sort(values, 0, stored);
            sorted = true;
        }
        double rank = p / 100.0 * (stored - 1);
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, stored - 1);
        double fraction = rank - lower;
        return values[lower] + fraction * (values[upper] - values[lower]);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Tally[%s n=%d mean=%.4g min=%.4g max=%.4g]",
                name, count, mean(), min, max);
    }
}
