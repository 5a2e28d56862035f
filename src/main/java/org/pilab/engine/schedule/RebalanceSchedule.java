package org.pilab.engine.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.data.WeekdayCalendar;

/** When a strategy turns target weights into orders. */
public sealed interface RebalanceSchedule permits RebalanceSchedule.EndOfMonth, RebalanceSchedule.Weekly,
        RebalanceSchedule.Daily, RebalanceSchedule.BuyAndHold {

    /** The rebalance instants of a run over the weekdays from {@code start} to {@code end}. */
    default RebalancePlan plan(LocalDate start, LocalDate end) {
        long first = WeekdayCalendar.ceiling(start);
        int days = (int) Math.max(0, WeekdayCalendar.floor(end) - first + 1);
        boolean[] atOpen = new boolean[days];
        boolean[] atClose = new boolean[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = WeekdayCalendar.date(first + d);
            atOpen[d] = rebalancesAtOpen(d);
            atClose[d] = rebalancesAtClose(date);
        }
        return new RebalancePlan(start, atOpen, atClose);
    }

    /** Whether the market open of run day {@code runDay} is a rebalance instant. */
    boolean rebalancesAtOpen(int runDay);

    /** Whether the market close of weekday {@code date} is a rebalance instant. */
    boolean rebalancesAtClose(LocalDate date);

    static RebalanceSchedule of(RebalanceConfig config) {
        if (config instanceof RebalanceConfig.Weekly w) {
            return new Weekly(w.weekday());
        }
        if (config instanceof RebalanceConfig.Daily) {
            return new Daily();
        }
        if (config instanceof RebalanceConfig.BuyAndHold) {
            return new BuyAndHold();
        }
        return new EndOfMonth();
    }

    /** The last weekday of each month, at the close (pandas' business-month-end dates). */
    record EndOfMonth() implements RebalanceSchedule {
        @Override
        public boolean rebalancesAtOpen(int runDay) {
            return false;
        }

        @Override
        public boolean rebalancesAtClose(LocalDate date) {
            LocalDate next = WeekdayCalendar.date(WeekdayCalendar.ceiling(date) + 1);
            return next.getMonthValue() != date.getMonthValue();
        }
    }

    /** One weekday a week, at the close. */
    record Weekly(DayOfWeek weekday) implements RebalanceSchedule {
        public Weekly {
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("weekly rebalancing needs a weekday MONDAY..FRIDAY, got " + weekday);
            }
        }

        @Override
        public boolean rebalancesAtOpen(int runDay) {
            return false;
        }

        @Override
        public boolean rebalancesAtClose(LocalDate date) {
            return date.getDayOfWeek() == weekday;
        }
    }

    /** Every weekday, at the close. */
    record Daily() implements RebalanceSchedule {
        @Override
        public boolean rebalancesAtOpen(int runDay) {
            return false;
        }

        @Override
        public boolean rebalancesAtClose(LocalDate date) {
            return true;
        }
    }

    /**
     * Once, at the start instant: the run starts at the market open of its first weekday, so
     * the single rebalance sizes and fills at that open.
     */
    record BuyAndHold() implements RebalanceSchedule {
        @Override
        public boolean rebalancesAtOpen(int runDay) {
            return runDay == 0;
        }

        @Override
        public boolean rebalancesAtClose(LocalDate date) {
            return false;
        }
    }
}
