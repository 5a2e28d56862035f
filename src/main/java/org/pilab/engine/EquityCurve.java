package org.pilab.engine;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Total equity (cash plus positions at market) recorded at each market close, one row per
 * recorded weekday. Arrays are copied in and out so the value stays immutable.
 */
public record EquityCurve(LocalDate[] dates, double[] equity) {

    public EquityCurve {
        if (dates.length != equity.length) {
            throw new IllegalArgumentException("dates and equity differ in length");
        }
        dates = dates.clone();
        equity = equity.clone();
    }

    public int size() {
        return dates.length;
    }

    public LocalDate date(int i) {
        return dates[i];
    }

    public double value(int i) {
        return equity[i];
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] equity() {
        return equity.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquityCurve other
                && Arrays.equals(dates, other.dates)
                && Arrays.equals(equity, other.equity);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dates) + Arrays.hashCode(equity);
    }

    @Override
    public String toString() {
        return "EquityCurve[" + dates.length + " rows]";
    }
}
