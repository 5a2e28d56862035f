package org.pilab.jobs.sweep;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The deflated Sharpe ratio (Bailey and López de Prado, "The Deflated Sharpe Ratio: Correcting
 * for Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management,
 * 2014): the probability that the best of N trials has a true Sharpe ratio above zero, once we
 * allow for the best of N noisy estimates being high by luck alone.
 *
 * <p>All Sharpe ratios here are per period (daily), not annualised.</p>
 *
 * @param deflatedSharpe   DSR, a probability in [0, 1]; below 0.95 the best is not significant
 * @param bestSharpe       the best trial's per-period Sharpe ratio
 * @param expectedMaxSharpe SR0: the Sharpe ratio the best of N trials reaches by luck alone
 * @param trials           N
 * @param observations     T, the number of returns behind the best trial's Sharpe ratio
 * @param skewness         of the best trial's returns
 * @param kurtosis         of the best trial's returns (3 for a normal distribution)
 */
public record DeflatedSharpe(
        double deflatedSharpe,
        double bestSharpe,
        double expectedMaxSharpe,
        int trials,
        int observations,
        double skewness,
        double kurtosis) {

    /** The conventional threshold: DSR of at least 0.95 is significant at 5%. */
    public static final double SIGNIFICANCE = 0.95;

    private static final double EULER_GAMMA = 0.5772156649015329;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    public boolean significant() {
        return deflatedSharpe >= SIGNIFICANCE;
    }

    /**
     * From summary figures.
     *
     * @param sharpeVariance the variance of the N trials' per-period Sharpe ratios
     */
    public static DeflatedSharpe of(double bestSharpe, double sharpeVariance, int trials, int observations,
            double skewness, double kurtosis) {
        if (trials < 1) {
            throw new IllegalArgumentException("at least one trial is needed");
        }
        if (observations < 2) {
            throw new IllegalArgumentException("at least two returns are needed");
        }
        double sr0 = expectedMaxSharpe(sharpeVariance, trials);
        double denominator = Math.sqrt(Math.max(1e-300,
                1 - skewness * bestSharpe + (kurtosis - 1) / 4 * bestSharpe * bestSharpe));
        double z = (bestSharpe - sr0) * Math.sqrt(observations - 1.0) / denominator;
        return new DeflatedSharpe(NORMAL.cumulativeProbability(z), bestSharpe, sr0, trials, observations,
                skewness, kurtosis);
    }

    /**
     * From the trials' per-period Sharpe ratios and the best trial's returns (its own skewness and
     * kurtosis are measured from them).
     */
    public static DeflatedSharpe of(double[] trialSharpes, double[] bestReturns) {
        double best = Double.NEGATIVE_INFINITY;
        for (double s : trialSharpes) {
            best = Math.max(best, s);
        }
        Moments m = Moments.of(bestReturns);
        return of(best, sampleVariance(trialSharpes), trialSharpes.length, bestReturns.length, m.skewness(),
                m.kurtosis());
    }

    /**
     * E[max of N Sharpe estimates] under the null of no skill: the False Strategy Theorem's
     * approximation, sqrt(V) * ((1 - gamma) * Z^-1(1 - 1/N) + gamma * Z^-1(1 - 1/(N e))).
     */
    static double expectedMaxSharpe(double sharpeVariance, int trials) {
        if (trials == 1) {
            return 0;
        }
        double a = NORMAL.inverseCumulativeProbability(1 - 1.0 / trials);
        double b = NORMAL.inverseCumulativeProbability(1 - 1.0 / (trials * Math.E));
        return Math.sqrt(sharpeVariance) * ((1 - EULER_GAMMA) * a + EULER_GAMMA * b);
    }

    private static double sampleVariance(double[] xs) {
        if (xs.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (xs.length - 1);
    }
}
