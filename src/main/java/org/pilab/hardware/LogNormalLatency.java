package org.pilab.hardware;

import java.util.SplittableRandom;

/**
 * A latency distribution with a long right tail, fitted to a measured mean and 99.9th
 * percentile (the form the Wi-Fi measurements come in).
 */
public record LogNormalLatency(double mu, double sigma) {

    /** z-score of the 99.9th percentile of a standard normal distribution. */
    private static final double Z_999 = 3.090232306167813;

    /**
     * Solves mean = exp(mu + sigma^2/2) and p99.9 = exp(mu + 3.09 sigma), taking the smaller
     * sigma (the other root puts most of the mass near zero).
     */
    public static LogNormalLatency fromMeanAndP999(double mean, double p999) {
        if (!(mean > 0) || !(p999 > mean)) {
            throw new IllegalArgumentException("need 0 < mean < p99.9, got mean=" + mean
                    + " p99.9=" + p999);
        }
        double c = Math.log(p999 / mean);
        double discriminant = Z_999 * Z_999 - 2 * c;
        if (discriminant < 0) {
            throw new IllegalArgumentException("p99.9=" + p999 + " is too far above mean=" + mean
                    + " for a log-normal fit");
        }
        double sigma = Z_999 - Math.sqrt(discriminant);
        return new LogNormalLatency(Math.log(mean) - sigma * sigma / 2, sigma);
    }

    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    public double percentile999() {
        return Math.exp(mu + Z_999 * sigma);
    }

    public double sample(SplittableRandom rng) {
        return Math.exp(mu + sigma * rng.nextGaussian());
    }
}
