package org.pilab.engine.synth;

import java.time.LocalDate;

/**
 * One trading day of one asset, as Yahoo publishes it: raw prices plus the close adjusted for
 * later dividends.
 */
public record DailyBar(
        LocalDate date,
        double open,
        double high,
        double low,
        double close,
        long volume,
        double adjClose) {
}
