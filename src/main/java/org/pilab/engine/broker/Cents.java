package org.pilab.engine.broker;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding to whole cents as Python's {@code round(x, 2)} and {@code '%0.2f'} do: the exact
 * binary value is rounded half-to-even, so 0.125 becomes 0.12. The ledger shows amounts this
 * way to match QSTrader's cash history row for row.
 */
final class Cents {

    private Cents() {
    }

    /** {@code x} in cents, rounded as described. */
    static long of(double x) {
        double v = x * 100.0;
        double r = Math.rint(v);
        // x * 100 is itself rounded; only when it lands next to a half-cent can that flip the result.
        if (Math.abs(Math.abs(v - r) - 0.5) > 4 * Math.ulp(v) && Math.abs(v) < 1e15) {
            return (long) r;
        }
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
    }

    /** The nearest double to {@code x} rounded to cents. */
    static double round(double x) {
        return of(x) / 100.0;
    }

    /** {@code x} with exactly two decimals, e.g. "127.03" or "-0.50". */
    static String format(double x) {
        return append(new StringBuilder(16), x).toString();
    }

    /** Appends {@code x} with exactly two decimals to {@code sb}. */
    static StringBuilder append(StringBuilder sb, double x) {
        long c = of(x);
        long abs = Math.abs(c);
        if (c < 0) {
            sb.append('-');
        }
        sb.append(abs / 100).append('.');
        long frac = abs % 100;
        if (frac < 10) {
            sb.append('0');
        }
        return sb.append(frac);
    }
}
