package org.pilab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.engine.EngineInputException;

class PriceTableTest {

    @TempDir
    Path dir;

    /** Thu 2020-01-02 and Fri 01-03 have bars, Mon 01-06 is a holiday, Tue 01-07 has a bar. */
    private PriceTable table() throws IOException {
        Files.writeString(dir.resolve("AAA.csv"), "Date,Open,High,Low,Close,Volume,Adj Close\n"
                + "2020-01-07,30,0,0,40,0,20\n"
                + "2020-01-03,12,0,0,10,0,5\n"
                + "2020-01-02,8,0,0,10,0,10");
        Files.writeString(dir.resolve("BBB.csv"), "Date,Open,Close,Adj Close\n"
                + "2020-01-03,50,50,50\n2020-01-06,51,52,52\n2020-01-07,53,54,54\n");
        return PriceTable.load(PriceSource.directory(dir), List.of("BBB", "AAA"));
    }

    @Test
    void alignsToWeekdaysWithAdjustedOpenAndClose() throws IOException {
        PriceTable t = table();
        assertEquals(List.of("AAA", "BBB"), t.symbols());
        assertEquals(LocalDate.of(2020, 1, 2), t.firstDate());
        assertEquals(LocalDate.of(2020, 1, 7), t.lastDate());
        assertEquals(4, t.dayCount()); // Thu, Fri, Mon, Tue
        assertEquals(LocalDate.of(2020, 1, 6), t.date(2));
        int a = t.column("AAA");
        assertEquals(8.0, t.open(a, 0), 0.0);
        assertEquals(10.0, t.close(a, 0), 0.0);
        assertEquals(12.0 * 5 / 10, t.open(a, 1), 1e-15);
        assertEquals(5.0, t.close(a, 1), 0.0);
        assertEquals(30.0 * 20 / 40, t.open(a, 3), 1e-15);
    }

    @Test
    void holidaySeesPreviousAdjustedCloseAtBothInstants() throws IOException {
        PriceTable t = table();
        int a = t.column("AAA");
        assertFalse(t.hasBar(a, 2));
        assertEquals(5.0, t.open(a, 2), 0.0);
        assertEquals(5.0, t.close(a, 2), 0.0);
        assertEquals(5.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 6, 14, 30)), 0.0);
        assertEquals(5.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 6, 21, 0)), 0.0);
    }

    @Test
    void beforeTheFirstBarThereIsNoPrice() throws IOException {
        PriceTable t = table();
        int b = t.column("BBB");
        assertTrue(Double.isNaN(t.open(b, 0)));
        assertTrue(Double.isNaN(t.close(b, 0)));
        assertEquals(LocalDate.of(2020, 1, 3), t.firstDate("BBB"));
    }

    @Test
    void priceAtFollowsTheInstantWithinTheDayAndOverWeekends() throws IOException {
        PriceTable t = table();
        assertEquals(10.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 3, 9, 0)), 0.0);
        assertEquals(6.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 3, 14, 30)), 1e-15);
        assertEquals(6.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 3, 20, 59)), 1e-15);
        assertEquals(5.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 3, 21, 0)), 0.0);
        assertEquals(5.0, t.priceAt("AAA", LocalDateTime.of(2020, 1, 4, 12, 0)), 0.0);
        assertTrue(Double.isNaN(t.priceAt("AAA", LocalDateTime.of(2020, 1, 2, 14, 0))));
    }

    @Test
    void missingFileAndUnknownSymbolAreExplained() throws IOException {
        table();
        String msg = assertThrows(EngineInputException.class,
                () -> PriceTable.load(PriceSource.directory(dir), List.of("ZZZ"))).getMessage();
        assertTrue(msg.contains("ZZZ.csv"), msg);
        assertTrue(msg.contains("does not exist"), msg);
        String unknown = assertThrows(EngineInputException.class, () -> table().column("QQQ")).getMessage();
        assertTrue(unknown.contains("QQQ"), unknown);
    }

    @Test
    void badRowInAFileNamesThatFile() throws IOException {
        Files.writeString(dir.resolve("BAD.csv"), "Date,Open,Close,Adj Close\n2020-01-02,1,x,1\n");
        String msg = assertThrows(EngineInputException.class,
                () -> PriceTable.load(PriceSource.directory(dir), List.of("BAD"))).getMessage();
        assertTrue(msg.contains(dir.resolve("BAD.csv") + " line 2"), msg);
    }

    @Test
    void weekdayCalendarNumbersWeekdaysConsecutively() {
        LocalDate fri = LocalDate.of(2020, 1, 3);
        LocalDate sat = LocalDate.of(2020, 1, 4);
        LocalDate mon = LocalDate.of(2020, 1, 6);
        assertEquals(WeekdayCalendar.ceiling(fri) + 1, WeekdayCalendar.ceiling(mon));
        assertEquals(WeekdayCalendar.ceiling(mon), WeekdayCalendar.ceiling(sat));
        assertEquals(WeekdayCalendar.ceiling(fri), WeekdayCalendar.floor(sat));
        assertEquals(mon, WeekdayCalendar.date(WeekdayCalendar.ceiling(mon)));
        assertEquals(LocalDate.of(1960, 2, 29), WeekdayCalendar.date(WeekdayCalendar.ceiling(LocalDate.of(1960, 2, 29))));
    }
}
