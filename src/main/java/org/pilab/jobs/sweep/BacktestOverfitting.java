package org.pilab.jobs.sweep;

import java.util.Arrays;

/**
 * The probability of backtest overfitting by combinatorially symmetric cross-validation (CSCV;
 * Bailey, Borwein, López de Prado and Zhu, "The Probability of Backtest Overfitting", Journal of
 * Computational Finance, 2017).
 *
 * <p>The T x N matrix of returns (T periods, N variants) is cut into S blocks of rows. For every
 * way of choosing S/2 blocks as in-sample, the variant with the best in-sample Sharpe ratio is
 * ranked among all variants out-of-sample. PBO is the share of splits in which that winner lands
 * in the bottom half out-of-sample: near 0 the selection generalises, near 0.5 or above the best
 * in-sample variant is no better than a random pick.</p>
 *
 * @param probability the PBO, in [0, 1]
 * @param splits      how many in-sample/out-of-sample splits were evaluated
 * @param blocks      S
 */
public record BacktestOverfitting(double probability, int splits, int blocks) {

    /** The default S: C(16, 8) = 12,870 splits, as in the paper's examples. */
    public static final int DEFAULT_BLOCKS = 16;

    /**
     * @param returns returns[v][t]: variant v's return in period t; every variant has the same T
     * @param blocks  S, even; reduced when T is too short to give each block two rows
     */
    public static BacktestOverfitting estimate(double[][] returns, int blocks) {
        int n = returns.length;
        if (n < 2) {
            throw new IllegalArgumentException("PBO needs at least two variants");
        }
        int t = returns[0].length;
        for (double[] r : returns) {
            if (r.length != t) {
                throw new IllegalArgumentException("every variant needs the same number of returns");
            }
        }
        int s = Math.min(blocks, (t / 2) & ~1);
        if (s < 2) {
            throw new IllegalArgumentException("PBO needs at least four returns per variant");
        }
        // Per block and variant: count, sum and sum of squares, so any union of blocks is cheap.
        double[][] sum = new double[s][n];
        double[][] sumSq = new double[s][n];
        int[] count = new int[s];
        for (int b = 0; b < s; b++) {
            int from = (int) ((long) b * t / s);
            int to = (int) ((long) (b + 1) * t / s);
            count[b] = to - from;
            for (int v = 0; v < n; v++) {
                double acc = 0;
                double acc2 = 0;
                for (int i = from; i < to; i++) {
                    double x = returns[v][i];
                    acc += x;
                    acc2 += x * x;
                }
                sum[b][v] = acc;
                sumSq[b][v] = acc2;
            }
        }
        // Totals over all blocks: the out-of-sample sums are totals minus in-sample sums.
        double[] totalSum = new double[n];
        double[] totalSumSq = new double[n];
        for (int b = 0; b < s; b++) {
            for (int v = 0; v < n; v++) {
                totalSum[v] += sum[b][v];
                totalSumSq[v] += sumSq[b][v];
            }
        }
        int half = s / 2;
        int[] chosen = new int[half];
        for (int i = 0; i < half; i++) {
            chosen[i] = i;
        }
        double[] isSum = new double[n];
        double[] isSumSq = new double[n];
        double[] isSharpe = new double[n];
        double[] oosSharpe = new double[n];
        int splits = 0;
        int overfit = 0;
        do {
            Arrays.fill(isSum, 0);
            Arrays.fill(isSumSq, 0);
            long isRows = 0;
            for (int c : chosen) {
                isRows += count[c];
                double[] bs = sum[c];
                double[] bq = sumSq[c];
                for (int v = 0; v < n; v++) {
                    isSum[v] += bs[v];
                    isSumSq[v] += bq[v];
                }
            }
            for (int v = 0; v < n; v++) {
                isSharpe[v] = sharpe(isSum[v], isSumSq[v], isRows);
                oosSharpe[v] = sharpe(totalSum[v] - isSum[v], totalSumSq[v] - isSumSq[v], t - isRows);
            }
            int best = 0;
            for (int v = 1; v < n; v++) {
                if (isSharpe[v] > isSharpe[best]) {
                    best = v;
                }
            }
            double below = 0;
            double ties = 0;
            for (int v = 0; v < n; v++) {
                if (oosSharpe[v] < oosSharpe[best]) {
                    below++;
                } else if (oosSharpe[v] == oosSharpe[best]) {
                    ties++;
                }
            }
            // Average rank among ties, 1 = worst; relative rank w in (0, 1); logit(w) <= 0 is overfit.
            double rank = below + (ties + 1) / 2;
            double w = rank / (n + 1);
            if (Math.log(w / (1 - w)) <= 0) {
                overfit++;
            }
            splits++;
        } while (nextCombination(chosen, s));
        return new BacktestOverfitting((double) overfit / splits, splits, s);
    }

    /** Per-period Sharpe ratio (population std) from a sum, a sum of squares and a count. */
    private static double sharpe(double sum, double sumSq, long rows) {
        double mean = sum / rows;
        double var = sumSq / rows - mean * mean;
        return var <= 0 ? 0 : mean / Math.sqrt(var);
    }

    /** Advances {@code c} to the next k-subset of 0..n-1 in lexicographic order. */
    private static boolean nextCombination(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
            c[j] = c[j - 1] + 1;
        }
        return true;
    }
}
