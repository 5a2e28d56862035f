package org.pilab.slurm.time;

import java.util.Locale;

/**
 * SLURM time strings, both ways, following src/common/parse_time.c (time_str2secs,
 * time_str2mins, secs2time_str, mins2time_str) and the squeue/sinfo printers (_print_secs).
 *
 * <p>Values are seconds or minutes as {@code long}; {@link #INFINITE} stands for
 * UNLIMITED/INFINITE.</p>
 */
public final class SlurmDuration {

    /** UNLIMITED, INFINITE or -1 as typed by a user. */
    public static final long INFINITE = Long.MAX_VALUE;

    /** squeue and sinfo print INVALID for durations beyond one year. */
    private static final long PRINT_LIMIT_SECONDS = 365L * 24 * 3600;

    private SlurmDuration() {
    }

    /**
     * Parses {@code minutes}, {@code minutes:seconds}, {@code hours:minutes:seconds},
     * {@code days-hours}, {@code days-hours:minutes}, {@code days-hours:minutes:seconds},
     * {@code UNLIMITED}, {@code INFINITE} or {@code -1} into seconds.
     *
     * @throws IllegalArgumentException for anything else; the message quotes the text and
     *         lists the accepted forms
     */
    public static long parseSeconds(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text);
        }
        if (text.equals("-1") || text.equalsIgnoreCase("INFINITE")
                || text.equalsIgnoreCase("UNLIMITED")) {
            return INFINITE;
        }
        if (!isValidTimespec(text) || text.charAt(0) == '-') {
            throw invalid(text);
        }
        long days = 0;
        long hours = 0;
        long minutes;
        long seconds = 0;
        int dash = text.indexOf('-');
        if (dash >= 0) {
            days = number(text.substring(0, dash), text);
            long[] fields = leadingFields(text.substring(dash + 1), text);
            hours = fields[0];
            minutes = fields[1];
            seconds = fields[2];
        } else {
            String[] parts = text.split(":", -1);
            if (parts.length == 3) {
                hours = number(parts[0], text);
                minutes = number(parts[1], text);
                seconds = number(parts[2], text);
            } else {
                minutes = number(parts[0], text);
                seconds = parts.length == 2 ? number(parts[1], text) : 0;
            }
        }
        long total = days * 86_400 + hours * 3_600 + minutes * 60 + seconds;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("time \"" + text + "\" is too large for SLURM");
        }
        return total;
    }

    /**
     * Parses like {@link #parseSeconds} and rounds up to whole minutes, as SLURM stores time
     * limits ({@code --time=90:30} asks for 91 minutes). Returns {@link #INFINITE} unchanged.
     */
    public static long parseMinutes(String text) {
        long seconds = parseSeconds(text);
        return seconds == INFINITE ? INFINITE : (seconds + 59) / 60;
    }

    /** True if {@link #parseSeconds} accepts the text. */
    public static boolean isValid(String text) {
        try {
            parseSeconds(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * squeue's TIME and TIME_LEFT and sinfo's TIMELIMIT for finite values: {@code 0:03},
     * {@code 59:59}, {@code 1:02:03}, {@code 1-02:03:04}; {@code INVALID} below zero or above
     * 365 days.
     */
    public static String formatElapsed(long seconds) {
        if (seconds < 0 || seconds > PRINT_LIMIT_SECONDS) {
            return "INVALID";
        }
        long days = seconds / 86_400;
        long hours = seconds / 3_600 % 24;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%d-%02d:%02d:%02d", days, hours, minutes, secs);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /** sinfo's TIMELIMIT column for a partition MaxTime in minutes: {@code infinite} or elapsed. */
    public static String formatPartitionLimit(long minutes) {
        return minutes == INFINITE ? "infinite" : formatElapsed(minutes * 60);
    }

    /**
     * squeue's TIME_LIMIT column for a job limit in minutes: {@code UNLIMITED},
     * {@code NOT_SET} (null: no limit known yet) or elapsed form.
     */
    public static String formatJobLimit(Long minutes) {
        if (minutes == null) {
            return "NOT_SET";
        }
        return minutes == INFINITE ? "UNLIMITED" : formatElapsed(minutes * 60);
    }

    /**
     * secs2time_str, used by scontrol (RunTime=, TimeLimit=) and sacct (Elapsed):
     * {@code 00:00:03}, {@code 1-00:00:00}, {@code UNLIMITED}.
     */
    public static String formatLong(long seconds) {
        if (seconds == INFINITE) {
            return "UNLIMITED";
        }
        if (seconds < 0) {
            return "INVALID";
        }
        long days = seconds / 86_400;
        long hours = seconds / 3_600 % 24;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%d-%02d:%02d:%02d", days, hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%02d:%02d:%02d", hours, minutes, secs);
    }

    /** mins2time_str: {@link #formatLong} for a value in minutes. */
    public static String formatLongMinutes(long minutes) {
        return minutes == INFINITE ? "UNLIMITED" : formatLong(minutes * 60);
    }

    /**
     * The shape check of parse_time.c's _is_valid_timespec: only digits, '-' and ':'; at most
     * one '-' and it must come before any ':'; at most two ':'; enough numbers for the
     * separators used.
     */
    private static boolean isValidTimespec(String s) {
        int digitGroups = 0;
        int dashes = 0;
        int colons = 0;
        boolean inDigits = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!inDigits) {
                    digitGroups++;
                    inDigits = true;
                }
            } else if (c == '-') {
                inDigits = false;
                dashes++;
                if (colons > 0) {
                    return false;
                }
            } else if (c == ':') {
                inDigits = false;
                colons++;
            } else {
                return false;
            }
        }
        if (digitGroups == 0 || dashes > 1 || colons > 2) {
            return false;
        }
        int needed = colons == 0 ? 1 : colons + (dashes > 0 ? 2 : 1);
        return digitGroups >= needed;
    }

    /** hours[:minutes[:seconds]] after a days- prefix; missing fields are zero (as sscanf). */
    private static long[] leadingFields(String rest, String text) {
        long[] fields = new long[3];
        if (rest.isEmpty()) {
            return fields;
        }
        String[] parts = rest.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            fields[i] = number(parts[i], text);
        }
        return fields;
    }

    private static long number(String digits, String text) {
        if (digits.isEmpty() || digits.length() > 9) {
            throw invalid(text);
        }
        return Long.parseLong(digits);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid time specification \"" + text + "\": use"
                + " minutes, minutes:seconds, hours:minutes:seconds, days-hours,"
                + " days-hours:minutes, days-hours:minutes:seconds, UNLIMITED or INFINITE");
    }
}
