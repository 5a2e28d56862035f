package org.pilab.engine.stats;

/**
 * Drawdowns of a cumulative-return curve with QSTrader's conventions: the high-water mark starts
 * at 0 and is the running maximum from the second row on; dd = (hwm - cum) / hwm with the first
 * row 0; the duration is the longest run of consecutive rows with dd != 0.
 *
 * @param series   drawdown of every row
 * @param max      the largest drawdown
 * @param duration the longest run of rows in drawdown
 */
public record Drawdowns(double[] series, double max, int duration) {

    public static Drawdowns of(double[] cumulative) {
        int n = cumulative.length;
        double[] dd = new double[n];
        double hwm = 0.0;
        double max = n > 0 ? 0.0 : Double.NaN;
        int run = 0;
        int longest = 0;
        for (int t = 1; t < n; t++) {
            hwm = Math.max(hwm, cumulative[t]);
            dd[t] = (hwm - cumulative[t]) / hwm;
            max = Math.max(max, dd[t]);
            run = dd[t] != 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return new Drawdowns(dd, max, longest);
    }
}
