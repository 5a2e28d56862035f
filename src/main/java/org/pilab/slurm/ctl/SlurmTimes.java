package org.pilab.slurm.ctl;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.pilab.slurm.time.SlurmDuration;

/**
 * SLURM's time formats: limits given as {@code minutes}, {@code m:s}, {@code h:m:s},
 * {@code d-h}, {@code d-h:m}, {@code d-h:m:s} or UNLIMITED, and the printed forms used by
 * squeue/sinfo ({@code 1:02:03}), scontrol ({@code 01:02:03}) and ISO dates.
 */
public final class SlurmTimes {

    /** A time limit of "no limit" (SLURM's INFINITE). */
    public static final long INFINITE = -1;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SlurmTimes() {
    }

    /**
     * Parses a time limit into whole minutes (seconds round up, as slurm stores limits).
     *
     * @return minutes, or {@link #INFINITE}
     * @throws IllegalArgumentException when the text is not a SLURM time
     */
    public static long parseLimitMinutes(String text) {
        long m = SlurmDuration.parseMinutes(text.trim());
        return m == SlurmDuration.INFINITE ? INFINITE : m;
    }

    /** squeue/sinfo elapsed form: {@code 0:05}, {@code 1:00:05}, {@code 2-01:00:05}. */
    public static String compact(long seconds) {
        long s = seconds % 60;
        long m = (seconds / 60) % 60;
        long h = (seconds / 3600) % 24;
        long d = seconds / 86400;
        if (d > 0) {
            return String.format("%d-%02d:%02d:%02d", d, h, m, s);
        }
        if (h > 0) {
            return String.format("%d:%02d:%02d", h, m, s);
        }
        return String.format("%d:%02d", m, s);
    }

    /** scontrol/sacct form: {@code 00:00:05}, {@code 1-00:00:00}, or UNLIMITED. */
    public static String padded(long seconds) {
        if (seconds < 0) {
            return "UNLIMITED";
        }
        long s = seconds % 60;
        long m = (seconds / 60) % 60;
        long h = (seconds / 3600) % 24;
        long d = seconds / 86400;
        if (d > 0) {
            return String.format("%d-%02d:%02d:%02d", d, h, m, s);
        }
        return String.format("%02d:%02d:%02d", h, m, s);
    }

    /** Local date-time form {@code 2026-01-01T10:00:00} (the virtual cluster runs in UTC). */
    public static String date(long epochSeconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC).format(ISO);
    }

    /** Parses {@code 2026-01-01T10:00:00} (or a date alone) to epoch seconds, UTC. */
    public static long parseDate(String text) {
        String t = text.length() == 10 ? text + "T00:00:00" : text;
        return LocalDateTime.parse(t, ISO).toEpochSecond(ZoneOffset.UTC);
    }
}
