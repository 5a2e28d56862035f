package org.pilab.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.Fill;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.Universe;
import org.pilab.engine.data.DailyBar;
import org.pilab.engine.data.PriceTable;

class PortfolioSimulationTest {

    /** Thu 2020-01-30, Fri 01-31, no bar on Mon 02-03, Tue 02-04. Adjusted = half the raw price. */
    private static final PriceTable PRICES = PriceTable.of(Map.of("AAA", List.of(
            new DailyBar(LocalDate.of(2020, 1, 30), 20, 22, 11),
            new DailyBar(LocalDate.of(2020, 1, 31), 24, 26, 13),
            new DailyBar(LocalDate.of(2020, 2, 4), 30, 32, 16))));

    private static BacktestConfig config(RebalanceConfig rebalance, String start) {
        return new BacktestConfig("t", LocalDate.parse(start), LocalDate.of(2020, 2, 4), 1000,
                Universe.of(List.of("AAA")), new AlphaConfig.FixedWeights(Map.of("AAA", 1.0)), rebalance,
                new SizingConfig.LongOnly(0.0), new FeeConfig.Zero(), Optional.empty(), Optional.empty());
    }

    @Test
    void aCloseRebalanceFillsAtTheNextWeekdayOpenEvenOnAHoliday() {
        BacktestResult r = Backtest.run(PRICES, config(new RebalanceConfig.EndOfMonth(), "2020-01-30"));
        List<Fill> fills = r.strategy().fills();
        assertEquals(1, fills.size());
        Fill f = fills.get(0);
        // Sized on the 01-31 close (1000 / 13 -> 76), filled on the 02-03 holiday at that same close.
        assertEquals(LocalDateTime.of(2020, 2, 3, 14, 30), f.time());
        assertEquals(76, f.quantity());
        assertEquals(13.0, f.price(), 0.0);
        assertEquals(Math.rint(76 * 13.0), f.consideration(), 0.0);
        double[] equity = r.strategy().equity().equity();
        assertEquals(4, equity.length);
        assertEquals(1000.0, equity[1], 0.0);
        assertEquals(1000 - 76 * 13.0 + 76 * 13.0, equity[2], 1e-9);
        assertEquals(1000 - 76 * 13.0 + 76 * 16.0, equity[3], 1e-9);
    }

    @Test
    void buyAndHoldSizesAndFillsAtTheFirstOpen() {
        BacktestResult r = Backtest.run(PRICES, config(new RebalanceConfig.BuyAndHold(), "2020-01-30"));
        Fill f = r.strategy().fills().get(0);
        double adjustedOpen = 11.0 / 22 * 20; // 10
        assertEquals(LocalDateTime.of(2020, 1, 30, 14, 30), f.time());
        assertEquals((long) Math.floor(1000 / adjustedOpen), f.quantity());
        assertEquals(adjustedOpen, f.price(), 1e-12);
        // The first row already holds the position at the first close.
        assertEquals(1000 - 100 * adjustedOpen + 100 * 11.0, r.strategy().equity().value(0), 1e-9);
    }
}
