package org.pilab.engine.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilab.engine.data.WeekdayCalendar;

/**
 * The rebalance instants of one run, for each weekday of the run (day 0 is the first weekday on
 * or after the start): at the market open or at the market close.
 */
public final class RebalancePlan {

    private final LocalDate firstDay;
    private final boolean[] atOpen;
    private final boolean[] atClose;

    RebalancePlan(LocalDate firstDay, boolean[] atOpen, boolean[] atClose) {
        this.firstDay = firstDay;
        this.atOpen = atOpen;
        this.atClose = atClose;
    }

    /** Number of weekdays in the run. */
    public int days() {
        return atOpen.length;
    }

    public boolean atOpen(int runDay) {
        return atOpen[runDay];
    }

    public boolean atClose(int runDay) {
        return atClose[runDay];
    }

    public LocalDate date(int runDay) {
        return WeekdayCalendar.date(WeekdayCalendar.ceiling(firstDay) + runDay);
    }

    /** Whether any rebalance instant falls on or after run day {@code fromRunDay}. */
    public boolean anyFrom(int fromRunDay) {
        for (int d = Math.max(0, fromRunDay); d < atOpen.length; d++) {
            if (atOpen[d] || atClose[d]) {
                return true;
            }
        }
        return false;
    }

    /** Rebalance instants as readable text, e.g. "2020-01-31 21:00" (for tests and reports). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < atOpen.length; d++) {
            if (atOpen[d]) {
                out.add(date(d) + " 14:30");
            }
            if (atClose[d]) {
                out.add(date(d) + " 21:00");
            }
        }
        return out;
    }
}
