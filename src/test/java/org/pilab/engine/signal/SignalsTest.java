package org.pilab.engine.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilab.engine.data.DailyBar;
import org.pilab.engine.data.PriceTable;

class SignalsTest {

    /** Closes 10, 11, 12, 15, 12 on Mon 2021-03-01 .. Fri 03-05 (adjusted = raw). */
    private static PriceTable closes(double... values) {
        List<DailyBar> bars = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            bars.add(new DailyBar(LocalDate.of(2021, 3, 1).plusDays(i), values[i], values[i], values[i]));
        }
        return PriceTable.of(Map.of("X", bars));
    }

    @Test
    void momentumIsTheHoldingPeriodReturnOverTheWindow() {
        PriceTable t = closes(10, 11, 12, 15, 12);
        Momentum m = new Momentum(2);
        assertEquals(15.0 / 11 - 1, m.value(t, 0, 0, 3), 1e-15);
        assertEquals(12.0 / 12 - 1, m.value(t, 0, 0, 4), 1e-15);
        assertTrue(m.isReady(0, 2));
        assertFalse(m.isReady(0, 1));
    }

    @Test
    void momentumBeforeTheWindowFillsUsesTheClosesThereAre() {
        PriceTable t = closes(10, 11, 12, 15, 12);
        Momentum m = new Momentum(10);
        assertEquals(15.0 / 10 - 1, m.value(t, 0, 0, 3), 1e-15);
        assertEquals(15.0 / 12 - 1, m.value(t, 0, 2, 3), 1e-15);
        assertEquals(0.0, m.value(t, 0, 3, 3), 0.0);
        assertFalse(m.isReady(0, 4));
    }

    @Test
    void smaAveragesTheLastCloses() {
        PriceTable t = closes(10, 11, 12, 15, 12);
        SimpleMovingAverage sma = new SimpleMovingAverage(3);
        assertEquals((12 + 15 + 12) / 3.0, sma.value(t, 0, 0, 4), 1e-15);
        assertEquals((10 + 11) / 2.0, sma.value(t, 0, 0, 1), 1e-15);
        assertFalse(sma.isReady(0, 1));
        assertTrue(sma.isReady(0, 2));
    }

    @Test
    void volatilityIsPopulationStdOfReturnsAnnualised() {
        PriceTable t = closes(10, 11, 12, 15, 12);
        Volatility v = new Volatility(2);
        double r1 = 15.0 / 12 - 1;
        double r2 = 12.0 / 15 - 1;
        double mean = (r1 + r2) / 2;
        double std = Math.sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean)) / 2);
        assertEquals(std * Math.sqrt(252), v.value(t, 0, 0, 4), 1e-12);
        assertEquals(0.0, v.value(t, 0, 4, 4), 0.0);
        assertTrue(v.isReady(0, 2));
        assertFalse(v.isReady(1, 2));
    }
}
