package org.pilab.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import org.pilab.engine.LedgerEntry;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.Universe;
import org.pilab.engine.broker.Positions;
import org.pilab.engine.data.PriceSource;
import org.pilab.engine.data.PriceTable;

/**
 * QSTrader's own end-to-end expectations (tests/integration/trading/test_backtest_e2e.py in
 * v0.3.0), run on the same fixture prices: the cash ledgers of its 60/40 weekly and long-short
 * daily backtests row for row, the final positions it asserts, and the buy-and-hold fill date.
 */
class QstraderIntegrationTest {

    private static final Path FIXTURES = Path.of("src/test/resources/qstrader-fixtures");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** QSTrader's sixty_forty_history.dat: description, debit, credit, balance after the subscription. */
    private static final String SIXTY_FORTY_LEDGER = """
            LONG 4482 EQ:ABC 127.03 03/01/2019,569360.53,0.0,430639.47
            LONG 1518 EQ:DEF 250.28 03/01/2019,379930.65,0.0,50708.82
            SHORT -26 EQ:DEF 253.06 10/01/2019,0.0,6579.68,57288.49
            LONG 58 EQ:ABC 124.28 10/01/2019,7208.23,0.0,50080.27
            SHORT -32.0 EQ:DEF 257.97 17/01/2019,0.0,8254.99,58335.26
            LONG 68 EQ:ABC 123.07 17/01/2019,8369.04,0.0,49966.23
            SHORT -18.0 EQ:DEF 256.94 24/01/2019,0.0,4624.95,54591.18
            LONG 48 EQ:ABC 118.74 24/01/2019,5699.52,0.0,48891.66
            SHORT -11.0 EQ:DEF 266.22 31/01/2019,0.0,2928.46,51820.12
            LONG 18 EQ:ABC 120.27 31/01/2019,2164.79,0.0,49655.32
            """;

    /** QSTrader's long_short_history.dat, likewise. */
    private static final String LONG_SHORT_LEDGER = """
            SHORT -3364 EQ:DEF 246.86 02/01/2019,0.0,830432.27,1830432.27
            LONG 9386 EQ:ABC 125.90 02/01/2019,1181689.68,0.0,648742.59
            SHORT -131 EQ:ABC 127.03 03/01/2019,0.0,16641.28,665383.87
            LONG 72.0 EQ:DEF 250.28 03/01/2019,18020.43,0.0,647363.45
            SHORT -84.0 EQ:ABC 128.22 04/01/2019,0.0,10770.66,658134.11
            LONG 71.0 EQ:DEF 253.95 04/01/2019,18030.6,0.0,640103.51
            SHORT -67.0 EQ:DEF 255.53 07/01/2019,0.0,17120.57,657224.08
            LONG 34.0 EQ:ABC 128.65 07/01/2019,4374.01,0.0,652850.07
            SHORT -177.0 EQ:ABC 125.81 08/01/2019,0.0,22267.87,675117.94
            LONG 171.0 EQ:DEF 258.15 08/01/2019,44143.97,0.0,630973.97
            SHORT -21.0 EQ:ABC 124.65 09/01/2019,0.0,2617.69,633591.67
            LONG 48.0 EQ:DEF 258.04 09/01/2019,12386.0,0.0,621205.67
            SHORT -80.0 EQ:DEF 253.06 10/01/2019,0.0,20245.16,641450.82
            LONG 116.0 EQ:ABC 124.28 10/01/2019,14416.45,0.0,627034.37
            SHORT -44.0 EQ:ABC 124.42 11/01/2019,0.0,5474.42,632508.8
            LONG 68.0 EQ:DEF 257.93 11/01/2019,17538.92,0.0,614969.88
            SHORT -68.0 EQ:ABC 122.23 14/01/2019,0.0,8311.4,623281.28
            LONG 29.0 EQ:DEF 256.39 14/01/2019,7435.31,0.0,615845.97
            SHORT -53.0 EQ:ABC 122.15 15/01/2019,0.0,6473.79,622319.76
            LONG 72.0 EQ:DEF 258.28 15/01/2019,18596.45,0.0,603723.32
            SHORT -95.0 EQ:ABC 121.55 16/01/2019,0.0,11547.31,615270.63
            LONG 80.0 EQ:DEF 259.34 16/01/2019,20747.33,0.0,594523.3
            SHORT -74.0 EQ:DEF 257.97 17/01/2019,0.0,19089.67,613612.97
            LONG 74.0 EQ:ABC 123.07 17/01/2019,9107.48,0.0,604505.49
            SHORT -67.0 EQ:DEF 255.51 18/01/2019,0.0,17119.23,621624.72
            LONG 108.0 EQ:ABC 122.99 18/01/2019,13282.5,0.0,608342.22
            SHORT -54.0 EQ:ABC 120.67 21/01/2019,0.0,6516.07,614858.29
            LONG 44.0 EQ:DEF 251.50 21/01/2019,11066.13,0.0,603792.16
            SHORT -107.0 EQ:DEF 249.59 22/01/2019,0.0,26706.25,630498.41
            LONG 176.0 EQ:ABC 120.80 22/01/2019,21261.63,0.0,609236.78
            SHORT -32.0 EQ:ABC 119.54 23/01/2019,0.0,3825.29,613062.07
            LONG 28.0 EQ:DEF 255.49 23/01/2019,7153.74,0.0,605908.33
            SHORT -186.0 EQ:ABC 118.74 24/01/2019,0.0,22085.64,627993.97
            LONG 165.0 EQ:DEF 256.94 24/01/2019,42395.37,0.0,585598.6
            SHORT -19.0 EQ:ABC 119.89 25/01/2019,0.0,2277.99,587876.59
            LONG 2.0 EQ:DEF 252.50 25/01/2019,505.0,0.0,587371.59
            SHORT -62.0 EQ:DEF 259.96 28/01/2019,0.0,16117.8,603489.39
            LONG 112.0 EQ:ABC 119.52 28/01/2019,13386.4,0.0,590102.99
            SHORT -110.0 EQ:ABC 119.68 29/01/2019,0.0,13165.29,603268.28
            LONG 48.0 EQ:DEF 260.30 29/01/2019,12494.54,0.0,590773.74
            SHORT -159.0 EQ:ABC 119.79 30/01/2019,0.0,19047.32,609821.06
            LONG 126.0 EQ:DEF 264.57 30/01/2019,33335.28,0.0,576485.78
            SHORT -27.0 EQ:DEF 266.22 31/01/2019,0.0,7188.04,583673.81
            LONG 9.0 EQ:ABC 120.27 31/01/2019,1082.4,0.0,582591.42
            """;

    private static PriceTable fixtures(String... symbols) {
        return PriceTable.load(PriceSource.directory(FIXTURES), List.of(symbols));
    }

    private static BacktestConfig config(AlphaConfig alpha, RebalanceConfig rebalance, SizingConfig sizing,
            String start, String end, Optional<LocalDate> burnIn, String... symbols) {
        return new BacktestConfig("qstrader e2e", LocalDate.parse(start), LocalDate.parse(end), 1e6,
                Universe.of(List.of(symbols)), alpha, rebalance, sizing, new FeeConfig.Zero(), burnIn, Optional.empty());
    }

    private static BacktestConfig sixtyForty(Optional<LocalDate> burnIn) {
        return config(new AlphaConfig.FixedWeights(Map.of("ABC", 0.6, "DEF", 0.4)),
                new RebalanceConfig.Weekly(DayOfWeek.WEDNESDAY), new SizingConfig.LongOnly(0.05),
                "2019-01-01", "2019-01-31", burnIn, "ABC", "DEF");
    }

    private static BacktestConfig longShort() {
        return config(new AlphaConfig.FixedWeights(Map.of("ABC", 1.0, "DEF", -0.7)),
                new RebalanceConfig.Daily(), new SizingConfig.LongShort(2.0),
                "2019-01-01", "2019-01-31", Optional.empty(), "ABC", "DEF");
    }

    /** Compares our ledger with QSTrader's history rows, token by token. */
    private static void assertLedger(String expected, List<LedgerEntry> actual) {
        List<String> rows = expected.strip().lines().map(String::strip).toList();
        assertEquals(rows.size() + 1, actual.size(), "ledger rows");
        assertEquals("SUBSCRIPTION", actual.get(0).description());
        assertEquals(1_000_000.0, actual.get(0).credit(), 0.0);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            String[] words = cells[0].split(" ");
            LedgerEntry e = actual.get(i + 1);
            String[] ours = e.description().split(" ");
            String where = "ledger row " + (i + 1) + ": " + e;
            assertEquals(words[0], ours[0], where);
            assertEquals((long) Double.parseDouble(words[1]), Long.parseLong(ours[1]), where);
            assertEquals(words[2], ours[2], where);
            assertEquals(words[3], ours[3], where);
            assertEquals(words[4], e.time().format(DMY), where);
            assertEquals(14, e.time().getHour(), where);
            assertEquals(Double.parseDouble(cells[1]), e.debit(), 0.0, where);
            assertEquals(Double.parseDouble(cells[2]), e.credit(), 0.0, where);
            assertEquals(Double.parseDouble(cells[3]), e.balance(), 0.0, where);
        }
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative, what);
    }

    @Test
    void sixtyFortyWeeklyReproducesQstradersCashLedger() {
        BacktestResult r = Backtest.run(fixtures("ABC", "DEF"), sixtyForty(Optional.empty()));
        assertLedger(SIXTY_FORTY_LEDGER, r.strategy().ledger());
    }

    @Test
    void sixtyFortyWeeklyEndsWithQstradersPositions() {
        PriceTable prices = fixtures("ABC", "DEF");
        SimulationOutcome out = Strategies.strategy(prices, sixtyForty(Optional.empty())).run();
        Positions p = out.positions();
        int abc = out.symbols().indexOf("ABC");
        int def = out.symbols().indexOf("DEF");
        // pytest.approx's default relative tolerance, as QSTrader's test uses.
        assertEquals(4674.0, p.netQuantity(abc), 0.0);
        assertClose(-31121.26203538094, p.unrealisedPnl(abc), 1e-6, "ABC unrealised");
        assertEquals(0.0, p.realisedPnl(abc), 0.0);
        assertClose(561680.8382534103, p.marketValue(abc), 1e-6, "ABC market value");
        assertEquals(1431.0, p.netQuantity(def), 0.0);
        assertClose(18047.831359406424, p.unrealisedPnl(def), 1e-6, "DEF unrealised");
        assertClose(613.3956570402925, p.realisedPnl(def), 1e-6, "DEF realised");
        assertClose(376203.80367208034, p.marketValue(def), 1e-6, "DEF market value");
    }

    @Test
    void longShortDailyReproducesQstradersCashLedger() {
        BacktestResult r = Backtest.run(fixtures("ABC", "DEF"), longShort());
        assertLedger(LONG_SHORT_LEDGER, r.strategy().ledger());
    }

    @Test
    void longShortDailyEndsWithQstradersPositions() {
        PriceTable prices = fixtures("ABC", "DEF");
        SimulationOutcome out = Strategies.strategy(prices, longShort()).run();
        Positions p = out.positions();
        int abc = out.symbols().indexOf("ABC");
        int def = out.symbols().indexOf("DEF");
        // QSTrader's test compares these for exact equality; allow the last bits only.
        assertEquals(8782.0, p.netQuantity(abc), 0.0);
        assertClose(-48302.832839363175, p.unrealisedPnl(abc), 1e-12, "ABC unrealised");
        assertClose(-3930.9847615026706, p.realisedPnl(abc), 1e-12, "ABC realised");
        assertClose(1055344.698660986, p.marketValue(abc), 1e-12, "ABC market value");
        assertEquals(-2824.0, p.netQuantity(def), 0.0);
        assertClose(-42274.737165376326, p.unrealisedPnl(def), 1e-12, "DEF unrealised");
        assertClose(-9972.897320721153, p.realisedPnl(def), 1e-12, "DEF realised");
        assertClose(-742417.5692312752, p.marketValue(def), 1e-12, "DEF market value");
    }

    @Test
    void buyAndHoldFromASaturdayFillsAtMondaysOpen() {
        BacktestConfig c = config(new AlphaConfig.FixedWeights(Map.of("GHI", 1.0)), new RebalanceConfig.BuyAndHold(),
                new SizingConfig.LongOnly(0.01), "2015-11-07", "2015-11-10", Optional.empty(), "GHI");
        BacktestResult r = Backtest.run(fixtures("GHI"), c);
        List<Fill> fills = r.strategy().fills();
        assertEquals(1, fills.size());
        assertEquals(LocalDateTime.of(2015, 11, 9, 14, 30), fills.get(0).time());
        assertEquals(List.of(LocalDate.of(2015, 11, 9), LocalDate.of(2015, 11, 10)),
                List.of(r.strategy().equity().dates()));
    }

    @Test
    void burnInDelaysTradingAndTheEquityCurve() {
        BacktestResult r = Backtest.run(fixtures("ABC", "DEF"), sixtyForty(Optional.of(LocalDate.of(2019, 1, 7))));
        assertEquals(LocalDate.of(2019, 1, 7), r.strategy().equity().date(0));
        assertEquals(1_000_000.0, r.strategy().equity().value(0), 0.0);
        // The first Wednesday on or after the burn-in is 2019-01-09; its orders fill the next open.
        assertEquals(LocalDateTime.of(2019, 1, 10, 14, 30), r.strategy().fills().get(0).time());
        assertTrue(r.strategy().fills().stream().allMatch(f -> !f.time().toLocalDate().isBefore(LocalDate.of(2019, 1, 10))));
    }
}
