package org.pilab.jobs.report;

import java.util.Locale;

/** How the report formats its numbers (fixed Locale.ROOT, so output never depends on the machine). */
final class Numbers {

    private Numbers() {
    }

    /** 0.0512 -> "5.12%"; NaN -> "n/a". */
    static String percent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100.0);
    }

    /** 0.0512 -> "+5.1%" (signed, for returns). */
    static String signedPercent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%+." + decimals + "f%%", fraction * 100.0);
    }

    /** One decimal place, and never "-0.0" for a tiny loss. */
    static String onePlace(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f", Math.abs(value) < 0.05 ? 0.0 : value);
    }

    static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
    }

    /** 1234567.891 -> "1,234,567.89". */
    static String money(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.2f", value) : "n/a";
    }

    /** Plain decimal for CSV files: no grouping, enough digits to round-trip cents. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
