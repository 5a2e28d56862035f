package org.pilab.jobs.sweep;

/**
 * Mean, population standard deviation, skewness and (non-excess) kurtosis of a return series,
 * as the deflated Sharpe ratio's formula uses them.
 */
record Moments(double mean, double std, double skewness, double kurtosis) {

    static Moments of(double[] xs) {
        int n = xs.length;
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double x : xs) {
            double d = x - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double std = Math.sqrt(m2);
        if (m2 == 0) {
            return new Moments(mean, 0, 0, 3);
        }
        return new Moments(mean, std, m3 / (m2 * std), m4 / (m2 * m2));
    }

    /** Per-period Sharpe ratio with population std, as QSTrader computes it (0 when flat). */
    double sharpe() {
        return std == 0 ? 0 : mean / std;
    }
}
