package org.pilab.engine.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The weekdays a synthetic market is closed: a fixed, US-like set (New Year, Memorial Day,
 * Independence Day, Labor Day, Thanksgiving, Christmas; a Saturday holiday is observed on the
 * Friday, a Sunday one on the Monday). Real files have such gaps, so loaders and the engine's
 * "last known price" rule get exercised.
 */
final class MarketHolidays {

    private MarketHolidays() {
    }

    /** Weekdays from {@code first} to {@code last} inclusive, holidays removed. */
    static List<LocalDate> tradingDays(LocalDate first, LocalDate last) {
        Set<LocalDate> closed = new HashSet<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            closed.add(observed(LocalDate.of(year, 1, 1)));
            closed.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            closed.add(observed(LocalDate.of(year, 7, 4)));
            closed.add(LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
            closed.add(LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
            closed.add(observed(LocalDate.of(year, 12, 25)));
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !closed.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }
}
