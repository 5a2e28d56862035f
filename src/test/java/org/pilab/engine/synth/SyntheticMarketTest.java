package org.pilab.engine.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.pilab.engine.EngineInputException;

class SyntheticMarketTest {

    private static final SynthParameters TEN_YEARS =
            new SynthParameters(4, 10, 42L, LocalDate.of(2005, 1, 3), "SYN");

    @Test
    void sameSeedGivesIdenticalTextAndOtherSeedDiffers() {
        List<SyntheticSeries> a = SyntheticMarket.generate(TEN_YEARS);
        List<SyntheticSeries> b = SyntheticMarket.generate(TEN_YEARS);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).csv(), b.get(i).csv());
        }
        List<SyntheticSeries> c = SyntheticMarket.generate(new SynthParameters(4, 10, 43L, LocalDate.of(2005, 1, 3), "SYN"));
        assertNotEquals(a.get(0).csv(), c.get(0).csv());
    }

    @Test
    void addingAssetsKeepsEarlierOnesUnchanged() {
        List<SyntheticSeries> four = SyntheticMarket.generate(TEN_YEARS);
        List<SyntheticSeries> six = SyntheticMarket.generate(new SynthParameters(6, 10, 42L, LocalDate.of(2005, 1, 3), "SYN"));
        assertEquals(four.get(3).csv(), six.get(3).csv());
    }

    @Test
    void symbolsArePrefixedAndPadded() {
        List<SyntheticSeries> s = SyntheticMarket.generate(new SynthParameters(12, 1, 1L, LocalDate.of(2010, 1, 4), "SEC"));
        assertEquals("SEC01", s.get(0).symbol());
        assertEquals("SEC12", s.get(11).symbol());
    }

    @Test
    void returnsArePositivelyCorrelatedThroughTheMarketFactor() {
        List<SyntheticSeries> s = SyntheticMarket.generate(TEN_YEARS);
        double[] x = logReturns(s.get(0));
        double[] y = logReturns(s.get(1));
        double rho = new PearsonsCorrelation().correlation(x, y);
        assertTrue(rho > 0.2 && rho < 0.98, "correlation " + rho);
    }

    @Test
    void annualVolatilityIsThatOfAnEquityFund() {
        for (SyntheticSeries s : SyntheticMarket.generate(TEN_YEARS)) {
            double vol = new StandardDeviation().evaluate(logReturns(s)) * Math.sqrt(252);
            assertTrue(vol > 0.05 && vol < 0.6, s.symbol() + " volatility " + vol);
        }
    }

    @Test
    void dividendsPutAdjCloseBelowCloseUntilTheLastOne() {
        for (SyntheticSeries s : SyntheticMarket.generate(TEN_YEARS)) {
            List<DailyBar> bars = s.bars();
            assertTrue(bars.get(0).adjClose() < bars.get(0).close() * 0.97, "ten years of dividends lower the first Adj Close");
            DailyBar last = bars.get(bars.size() - 1);
            assertEquals(last.close(), last.adjClose(), 1e-9);
            for (DailyBar b : bars) {
                assertTrue(b.adjClose() <= b.close() + 1e-9, s.symbol() + " " + b.date());
            }
        }
    }

    @Test
    void barsAreConsistentWeekdaysWithHolidaysMissing() {
        List<DailyBar> bars = SyntheticMarket.generate(TEN_YEARS).get(0).bars();
        LocalDate previous = null;
        for (DailyBar b : bars) {
            assertTrue(b.low() <= Math.min(b.open(), b.close()) && Math.max(b.open(), b.close()) <= b.high(), b.toString());
            assertTrue(b.low() > 0 && b.volume() > 0, b.toString());
            assertNotEquals(DayOfWeek.SATURDAY, b.date().getDayOfWeek());
            assertNotEquals(DayOfWeek.SUNDAY, b.date().getDayOfWeek());
            assertTrue(!(b.date().getMonth() == Month.DECEMBER && b.date().getDayOfMonth() == 25), b.date().toString());
            if (previous != null) {
                assertTrue(b.date().isAfter(previous));
            }
            previous = b.date();
        }
        long weekdays = previous.toEpochDay() - bars.get(0).date().toEpochDay();
        assertTrue(bars.size() < weekdays * 5 / 7 + 1, "some weekdays are holidays");
    }

    @Test
    void csvHasYahooHeaderAndSixDecimals() {
        String csv = SyntheticMarket.generate(TEN_YEARS).get(0).csv();
        String[] lines = csv.split("\n");
        assertEquals("Date,Open,High,Low,Close,Volume,Adj Close", lines[0]);
        assertTrue(lines[1].matches("2005-01-03,\\d+\\.\\d{6},\\d+\\.\\d{6},\\d+\\.\\d{6},\\d+\\.\\d{6},\\d+,\\d+\\.\\d{6}"), lines[1]);
        assertTrue(csv.endsWith("\n"));
    }

    @Test
    void badParametersNameTheirField() {
        assertTrue(assertThrows(EngineInputException.class, () -> new SynthParameters(0, 1, 1, LocalDate.of(2000, 1, 3), "SYN"))
                .getMessage().startsWith("assets:"));
        assertTrue(assertThrows(EngineInputException.class, () -> new SynthParameters(1, 1, 1, LocalDate.of(2000, 1, 3), "syn/"))
                .getMessage().startsWith("prefix:"));
    }

    private static double[] logReturns(SyntheticSeries s) {
        List<DailyBar> bars = s.bars();
        double[] r = new double[bars.size() - 1];
        for (int t = 1; t < bars.size(); t++) {
            r[t - 1] = Math.log(bars.get(t).adjClose() / bars.get(t - 1).adjClose());
        }
        return r;
    }
}
