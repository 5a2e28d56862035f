package org.pilab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.engine.EngineInputException;

class YahooCsvReaderTest {

    private static List<DailyBar> read(String text) throws IOException {
        return YahooCsvReader.read(new StringReader(text), "data/XYZ.csv");
    }

    private static String failure(String text) {
        return assertThrows(EngineInputException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsNewestFirstRowsIntoDateOrder() throws IOException {
        List<DailyBar> bars = read("Date,Open,High,Low,Close,Volume,Adj Close\n"
                + "2020-01-03,12,13,11,12.5,100,6.25\n"
                + "2020-01-01,10,11,9,10.5,100,5.25\n"
                + "2020-01-02,11,12,10,11.5,100,5.75\n");
        assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3)),
                bars.stream().map(DailyBar::date).toList());
        DailyBar first = bars.get(0);
        assertEquals(10.0, first.open());
        assertEquals(10.5, first.close());
        assertEquals(5.25, first.adjClose());
        assertEquals(5.25 / 10.5 * 10.0, first.adjustedOpen(), 0.0);
    }

    @Test
    void acceptsMissingFinalNewlineCrlfAndExtraColumnsInAnyOrder() throws IOException {
        List<DailyBar> bars = read("Adj Close,Note,Close,Date,Open\r\n"
                + "5,a,10,2021-06-01,9\r\n"
                + "6,b,12,2021-06-02,11");
        assertEquals(2, bars.size());
        assertEquals(LocalDate.of(2021, 6, 2), bars.get(1).date());
        assertEquals(11.0, bars.get(1).open());
        assertEquals(6.0, bars.get(1).adjClose());
    }

    @Test
    void missingColumnNamesFileLineAndColumn() {
        String msg = failure("Date,Open,Close\n2020-01-01,1,2\n");
        assertTrue(msg.contains("data/XYZ.csv line 1"), msg);
        assertTrue(msg.contains("'Adj Close'"), msg);
    }

    @Test
    void unparsableNumberNamesFileLineAndValue() {
        String msg = failure("Date,Open,Close,Adj Close\n2020-01-01,1,2,2\n2020-01-02,1,abc,2\n");
        assertTrue(msg.contains("data/XYZ.csv line 3"), msg);
        assertTrue(msg.contains("'abc'"), msg);
        assertTrue(msg.contains("Close"), msg);
    }

    @Test
    void unparsableDateNamesFileAndLine() {
        String msg = failure("Date,Open,Close,Adj Close\n01/02/2020,1,2,2\n");
        assertTrue(msg.contains("data/XYZ.csv line 2"), msg);
        assertTrue(msg.contains("YYYY-MM-DD"), msg);
    }

    @Test
    void duplicateDateNamesBothLines() {
        String msg = failure("Date,Open,Close,Adj Close\n2020-01-01,1,2,2\n2020-01-02,1,2,2\n2020-01-01,1,2,2\n");
        assertTrue(msg.contains("data/XYZ.csv line 4"), msg);
        assertTrue(msg.contains("line 2"), msg);
        assertTrue(msg.contains("2020-01-01"), msg);
    }

    @Test
    void nonPositivePriceNamesFileAndLine() {
        String msg = failure("Date,Open,Close,Adj Close\n2020-01-01,1,2,2\n2020-01-02,0,2,2\n");
        assertTrue(msg.contains("data/XYZ.csv line 3"), msg);
        assertTrue(msg.contains("positive"), msg);
        String negative = failure("Date,Open,Close,Adj Close\n2020-01-01,1,-2,2\n");
        assertTrue(negative.contains("line 2"), negative);
    }

    @Test
    void shortRowAndEmptyFileAreReported() {
        assertTrue(failure("Date,Open,Close,Adj Close\n2020-01-01,1,2\n").contains("line 2"));
        assertTrue(failure("").contains("data/XYZ.csv line 1"));
        assertTrue(failure("Date,Open,Close,Adj Close\n").contains("no price rows"));
    }
}
