package org.pilab.node.coreutils;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code date +FORMAT}: the strftime conversions people use in scripts and job names. */
final class DateFormat {

    private DateFormat() {
    }

    static String format(String pattern, long millis) {
        ZonedDateTime t = SystemCommands.utc(millis);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                sb.append(c);
                continue;
            }
            char f = pattern.charAt(++i);
            sb.append(switch (f) {
                case 'Y' -> Integer.toString(t.getYear());
                case 'm' -> two(t.getMonthValue());
                case 'd' -> two(t.getDayOfMonth());
                case 'H' -> two(t.getHour());
                case 'M' -> two(t.getMinute());
                case 'S' -> two(t.getSecond());
                case 's' -> Long.toString(Math.floorDiv(millis, 1000));
                case 'F' -> t.format(DateTimeFormatter.ISO_LOCAL_DATE);
                case 'T' -> two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
                case 'Z' -> "UTC";
                case 'z' -> "+0000";
                case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK);
                case 'b' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
                case 'N' -> String.format(Locale.ROOT, "%09d", (millis % 1000) * 1_000_000);
                case '%' -> "%";
                default -> "%" + f;
            });
        }
        return sb.toString();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
