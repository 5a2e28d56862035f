package org.pilab.engine.stats;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Daily returns compounded within each calendar month or year: exp(sum log(1 + r)) - 1. */
public final class PeriodReturns {

    private PeriodReturns() {
    }

    public static Map<YearMonth, Double> monthly(LocalDate[] dates, double[] returns) {
        return compound(dates, returns, YearMonth::from);
    }

    public static Map<Year, Double> yearly(LocalDate[] dates, double[] returns) {
        return compound(dates, returns, Year::from);
    }

    private static <K extends Comparable<K>> Map<K, Double> compound(LocalDate[] dates, double[] returns,
            Function<LocalDate, K> period) {
        Map<K, Double> out = new TreeMap<>();
        int i = 0;
        while (i < dates.length) {
            K key = period.apply(dates[i]);
            double logSum = 0.0;
            while (i < dates.length && period.apply(dates[i]).equals(key)) {
                logSum += Math.log(1.0 + returns[i]);
                i++;
            }
            out.put(key, Math.exp(logSum) - 1.0);
        }
        return out;
    }
}
