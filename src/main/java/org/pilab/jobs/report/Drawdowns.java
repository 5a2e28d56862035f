package org.pilab.jobs.report;

import org.pilab.engine.EquityCurve;

/**
 * The drawdown series behind the charts, computed as the tearsheet does: high-water mark of
 * the cumulative return, drawdown = (mark - value) / mark, 0 at the first row.
 */
final class Drawdowns {

    private Drawdowns() {
    }

    /** Drawdown per row as a positive fraction (0.25 = 25% below the previous peak). */
    static double[] of(EquityCurve curve) {
        double[] dd = new double[curve.size()];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dd.length; i++) {
            double v = curve.value(i);
            peak = Math.max(peak, v);
            dd[i] = i == 0 || peak <= 0 ? 0.0 : (peak - v) / peak;
        }
        return dd;
    }
}
