package org.pilab.engine.data;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Numbers every Monday-to-Friday date consecutively (no holiday calendar, as QSTrader's
 * business-day clock), so a date maps to an array row with integer arithmetic alone.
 */
public final class WeekdayCalendar {

    /** Epoch day of Monday 1970-01-05, the origin of the numbering. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private WeekdayCalendar() {
    }

    public static boolean isWeekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The number of {@code date}, or of the next weekday if it falls on a weekend. */
    public static long ceiling(LocalDate date) {
        long e = date.toEpochDay() - MONDAY_EPOCH_DAY;
        long week = Math.floorDiv(e, 7);
        long dow = Math.floorMod(e, 7);
        return week * 5 + Math.min(dow, 5);
    }

    /** The number of {@code date}, or of the previous weekday if it falls on a weekend. */
    public static long floor(LocalDate date) {
        long e = date.toEpochDay() - MONDAY_EPOCH_DAY;
        long week = Math.floorDiv(e, 7);
        long dow = Math.floorMod(e, 7);
        return week * 5 + Math.min(dow, 4);
    }

    /** The weekday with number {@code index}. */
    public static LocalDate date(long index) {
        long week = Math.floorDiv(index, 5);
        long d = Math.floorMod(index, 5);
        return LocalDate.ofEpochDay(MONDAY_EPOCH_DAY + week * 7 + d);
    }
}
