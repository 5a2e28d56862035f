package org.pilab.engine.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.pilab.engine.Fill;
import org.pilab.engine.LedgerEntry;

class SimulatedBrokerTest {

    private static final List<String> SYMBOLS = List.of("AAA", "BBB", "CCC");
    private static final IntFunction<LocalDate> DATES = d -> LocalDate.of(2021, 3, 1).plusDays(d);

    @Test
    void queuedOrdersFillSellsBeforeBuys() {
        SimulatedBroker broker = new SimulatedBroker(3, 10_000, new FeeModel.Zero());
        broker.execute(0, 1, 50, 20.0);
        broker.execute(0, 2, 10, 10.0);
        broker.submit(0, 30);   // buy AAA
        broker.submit(1, -20);  // sell BBB
        broker.submit(2, -10);  // sell all CCC
        broker.executeQueued(1, new double[] {10.0, 25.0, 12.0});

        List<Fill> fills = broker.log().fills(DATES, SYMBOLS);
        assertEquals(List.of("BBB", "CCC", "BBB", "CCC", "AAA"), fills.stream().map(Fill::symbol).toList());
        assertEquals(-20, fills.get(2).quantity());
        assertEquals(LocalDateTime.of(2021, 3, 2, 14, 30), fills.get(4).time());
        assertEquals(0, broker.queuedCount());
        assertFalse(broker.positions().isHeld(2));
        assertEquals(30.0, broker.positions().netQuantity(0), 0.0);
        // 10000 - 1000 - 100 + 500 + 120 - 300
        assertEquals(9220.0, broker.cash(), 1e-9);
        assertEquals(9220.0 + 30 * 10.0 + 30 * 25.0, broker.totalEquity(), 1e-9);
    }

    @Test
    void ledgerRunningBalanceAddsUp() {
        SimulatedBroker broker = new SimulatedBroker(3, 10_000, new FeeModel.Percent(0.001, 0.005));
        broker.execute(0, 0, 100, 12.345);
        broker.execute(1, 1, 40, 99.99);
        broker.execute(2, 0, -60, 13.01);
        List<LedgerEntry> ledger = broker.log().ledger(LocalDateTime.of(2021, 3, 1, 14, 30), 10_000, DATES, SYMBOLS);
        assertEquals(4, ledger.size());
        assertEquals("SUBSCRIPTION", ledger.get(0).description());
        assertEquals(10_000.0, ledger.get(0).balance(), 0.0);
        assertEquals("LONG 100 EQ:AAA 12.35", ledger.get(1).description());
        assertEquals("SHORT -60 EQ:AAA 13.01", ledger.get(3).description());
        for (int i = 1; i < ledger.size(); i++) {
            LedgerEntry e = ledger.get(i);
            double expected = ledger.get(i - 1).balance() - e.debit() + e.credit();
            assertEquals(expected, e.balance(), 0.011, "row " + i);
        }
        assertEquals(Math.round(broker.cash() * 100) / 100.0, ledger.get(3).balance(), 1e-9);
    }

    @Test
    void considerationRoundsHalfToEvenAndFeesUseIt() {
        SimulatedBroker broker = new SimulatedBroker(3, 1000, new FeeModel.Percent(0.1, 0.0));
        broker.execute(0, 0, 5, 0.5); // 2.5 rounds to 2
        broker.execute(0, 1, 7, 0.5); // 3.5 rounds to 4
        List<Fill> fills = broker.log().fills(DATES, SYMBOLS);
        assertEquals(2.0, fills.get(0).consideration(), 0.0);
        assertEquals(0.2, fills.get(0).commission(), 1e-15);
        assertEquals(4.0, fills.get(1).consideration(), 0.0);
        // Cash moves by the exact price x quantity plus the fee.
        assertEquals(1000 - 2.5 - 0.2 - 3.5 - 0.4, broker.cash(), 1e-12);
    }

    @Test
    void insufficientCashOnlyWarns() {
        SimulatedBroker broker = new SimulatedBroker(3, 100, new FeeModel.Zero());
        broker.execute(0, 0, 10, 20.0);
        assertEquals(-100.0, broker.cash(), 0.0);
        List<String> warnings = broker.log().shortOfCash(DATES, SYMBOLS);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("AAA"), warnings.get(0));
        assertTrue(warnings.get(0).contains("2021-03-01"), warnings.get(0));
    }

    @Test
    void positionsUseAveragePriceAccounting() {
        Positions p = new Positions(1);
        p.transact(0, 10, 10.0, 0.0);
        p.transact(0, 10, 20.0, 0.0);
        assertEquals(15.0, p.averagePrice(0), 1e-12);
        p.transact(0, -5, 30.0, 0.0);
        p.markToMarket(new double[] {30.0});
        assertEquals((30.0 - 15.0) * 5, p.realisedPnl(0), 1e-9);
        assertEquals((30.0 - 15.0) * 15, p.unrealisedPnl(0), 1e-9);
        assertEquals(450.0, p.totalMarketValue(), 1e-9);
        p.transact(0, -15, 30.0, 0.0);
        assertFalse(p.isHeld(0));
        assertEquals(0, p.heldCount());
    }

    @Test
    void centsRoundLikePython() {
        assertEquals("0.12", Cents.format(0.125));
        assertEquals("0.38", Cents.format(0.375));
        assertEquals("-1.50", Cents.format(-1.499999));
        assertEquals(569360.53, Cents.round(569360.5299999999), 0.0);
        assertEquals(2.67, Cents.round(2.675), 0.0); // 2.675 is 2.67499999... in binary
    }
}
