package org.pilab.engine.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.pilab.engine.EngineInputException;

/**
 * What to synthesise.
 *
 * @param assets number of symbols, 1..1000
 * @param years  calendar years of history, 1..100
 * @param seed   the same seed always gives the same files
 * @param start  first calendar day (moved to the next weekday if it falls on a weekend)
 * @param prefix symbol prefix; symbols are the prefix plus a zero-padded number (SYN01, SYN02, ...)
 */
public record SynthParameters(int assets, int years, long seed, LocalDate start, String prefix) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2000, 1, 3);
    public static final String DEFAULT_PREFIX = "SYN";
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,7}");

    public SynthParameters {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(prefix, "prefix");
        if (assets < 1 || assets > 1000) {
            throw new EngineInputException("assets: " + assets + " is out of range; give 1 to 1000");
        }
        if (years < 1 || years > 100) {
            throw new EngineInputException("years: " + years + " is out of range; give 1 to 100");
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new EngineInputException("prefix: \"" + prefix
                    + "\" must be 1 to 8 capital letters or digits, starting with a letter (e.g. SYN)");
        }
    }

    /** The first weekday on or after {@link #start()}. */
    public LocalDate firstDay() {
        LocalDate d = start;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last calendar day covered: {@code years} after the start, exclusive. */
    public LocalDate lastDay() {
        return start.plusYears(years).minusDays(1);
    }

    /** The i-th symbol (0-based): prefix plus a number padded to at least two digits. */
    public String symbol(int index) {
        int width = Math.max(2, Integer.toString(assets).length());
        String number = Integer.toString(index + 1);
        return prefix + "0".repeat(width - number.length()) + number;
    }
}
