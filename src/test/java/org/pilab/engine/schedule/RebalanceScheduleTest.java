package org.pilab.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.engine.RebalanceConfig;

class RebalanceScheduleTest {

    private static List<String> instants(RebalanceConfig c, String start, String end) {
        return RebalanceSchedule.of(c).plan(LocalDate.parse(start), LocalDate.parse(end)).describe();
    }

    @Test
    void endOfMonthIsTheLastWeekdayOfEachMonthAtTheCloseHolidaysIncluded() {
        assertEquals(List.of("2020-03-31 21:00", "2020-04-30 21:00", "2020-05-29 21:00"),
                instants(new RebalanceConfig.EndOfMonth(), "2020-03-11", "2020-06-29"));
        // 2010-05-31 is Memorial Day, still the last weekday of May.
        assertEquals(List.of("2010-05-31 21:00"), instants(new RebalanceConfig.EndOfMonth(), "2010-05-03", "2010-06-10"));
        // A month whose last weekday lies after the end does not rebalance.
        assertEquals(List.of(), instants(new RebalanceConfig.EndOfMonth(), "2016-01-01", "2016-01-28"));
    }

    @Test
    void weeklyRebalancesOnItsWeekdayIncludingTheStartDay() {
        assertEquals(List.of("2019-01-02 21:00", "2019-01-09 21:00", "2019-01-16 21:00"),
                instants(new RebalanceConfig.Weekly(DayOfWeek.WEDNESDAY), "2019-01-02", "2019-01-18"));
        assertThrows(IllegalArgumentException.class, () -> new RebalanceSchedule.Weekly(DayOfWeek.SUNDAY));
    }

    @Test
    void dailyRebalancesAtEveryWeekdayClose() {
        assertEquals(List.of("2021-03-05 21:00", "2021-03-08 21:00", "2021-03-09 21:00"),
                instants(new RebalanceConfig.Daily(), "2021-03-05", "2021-03-09"));
    }

    @Test
    void buyAndHoldRebalancesOnceAtTheFirstOpen() {
        assertEquals(List.of("2021-03-05 14:30"), instants(new RebalanceConfig.BuyAndHold(), "2021-03-05", "2021-03-31"));
        // A Saturday start buys at Monday's open.
        RebalancePlan plan = RebalanceSchedule.of(new RebalanceConfig.BuyAndHold())
                .plan(LocalDate.of(2015, 11, 7), LocalDate.of(2015, 11, 10));
        assertEquals(List.of("2015-11-09 14:30"), plan.describe());
        assertEquals(2, plan.days());
        assertTrue(plan.anyFrom(0));
        assertFalse(plan.anyFrom(1));
    }
}
