package org.pilab.engine.stats;

/** Daily returns of an equity curve and the moments of them the tearsheet needs. */
public final class Returns {

    /** Periods a year used to annualise. */
    public static final int PERIODS = 252;

    private Returns() {
    }

    /** Percentage change from row to row; the first row is 0 (pandas' pct_change().fillna(0)). */
    public static double[] daily(double[] equity) {
        double[] r = new double[equity.length];
        for (int i = 1; i < equity.length; i++) {
            r[i] = equity[i] / equity[i - 1] - 1.0;
        }
        return r;
    }

    /** Cumulative growth exp(cumsum(log(1 + r))), as QSTrader computes it. */
    public static double[] cumulative(double[] returns) {
        double[] cum = new double[returns.length];
        double logSum = 0.0;
        for (int i = 0; i < returns.length; i++) {
            logSum += Math.log(1.0 + returns[i]);
            cum[i] = Math.exp(logSum);
        }
        return cum;
    }

    public static double mean(double[] x) {
        double sum = 0.0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Standard deviation with {@code ddof} delta degrees of freedom (0 = population, 1 = sample). */
    public static double std(double[] x, int ddof) {
        double m = mean(x);
        double squares = 0.0;
        for (double v : x) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (x.length - ddof));
    }

    /** sqrt(252) x mean / population std; no risk-free rate. */
    public static double sharpe(double[] returns) {
        return Math.sqrt(PERIODS) * mean(returns) / std(returns, 0);
    }

    /** sqrt(252) x mean of all returns / population std of the negative returns only. */
    public static double sortino(double[] returns) {
        int n = 0;
        for (double r : returns) {
            if (r < 0) {
                n++;
            }
        }
        double[] negative = new double[n];
        int k = 0;
        for (double r : returns) {
            if (r < 0) {
                negative[k++] = r;
            }
        }
        return Math.sqrt(PERIODS) * mean(returns) / std(negative, 0);
    }

    /** Sample std (ddof 1) x sqrt(252), the tearsheet's "annual volatility". */
    public static double annualVolatility(double[] returns) {
        return std(returns, 1) * Math.sqrt(PERIODS);
    }

    /** cumulative_last ^ (252 / rows) - 1. */
    public static double cagr(double[] cumulative) {
        double years = cumulative.length / (double) PERIODS;
        return Math.pow(cumulative[cumulative.length - 1], 1.0 / years) - 1.0;
    }
}
