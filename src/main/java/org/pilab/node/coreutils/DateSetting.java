package org.pilab.node.coreutils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date strings {@code date -s} is given in practice: relative moves ("+10 minutes",
 * "-1 hour", "2 days ago", "now"), "@EPOCH", and absolute times ("2026-11-25 10:00:00",
 * "2026-11-25", "10:30" for today). That is how people skew (or fix) a Pi's clock by hand.
 */
final class DateSetting {

    private static final Pattern RELATIVE = Pattern.compile(
            "([+-]?\\d+)\\s*(sec|second|min|minute|hour|day|week)s?(\\s+ago)?");

    private DateSetting() {
    }

    /** The time {@code text} names, seen from {@code now}; empty when it is not a date GNU date reads. */
    static OptionalLong parse(String text, long now) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("now")) {
            return OptionalLong.of(now);
        }
        if (t.startsWith("@")) {
            try {
                return OptionalLong.of(Math.multiplyExact(Long.parseLong(t.substring(1)), 1000L));
            } catch (NumberFormatException | ArithmeticException e) {
                return OptionalLong.empty();
            }
        }
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            long unit = switch (m.group(2)) {
                case "sec", "second" -> 1_000L;
                case "min", "minute" -> 60_000L;
                case "hour" -> 3_600_000L;
                case "day" -> 86_400_000L;
                default -> 604_800_000L;
            };
            long move = amount * unit;
            return OptionalLong.of(m.group(3) != null ? now - move : now + move);
        }
        return absolute(t, now);
    }

    private static OptionalLong absolute(String t, long now) {
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[ t]\\d{1,2}:\\d{2}(:\\d{2})?")) {
                LocalDateTime at = LocalDateTime.of(LocalDate.parse(t.substring(0, 10)),
                        LocalTime.parse(pad(t.substring(11))));
                return OptionalLong.of(at.toInstant(ZoneOffset.UTC).toEpochMilli());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return OptionalLong.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            }
            if (t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
                LocalDate today = SystemCommands.utc(now).toLocalDate();
                return OptionalLong.of(LocalDateTime.of(today, LocalTime.parse(pad(t)))
                        .toInstant(ZoneOffset.UTC).toEpochMilli());
            }
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** LocalTime wants two-digit hours. */
    private static String pad(String time) {
        return time.indexOf(':') == 1 ? "0" + time : time;
    }
}
