package org.pilab.engine.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.IntFunction;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Fill;
import org.pilab.engine.LedgerEntry;
import org.pilab.engine.broker.Positions;
import org.pilab.engine.broker.SimulatedBroker;

/** What one portfolio simulation left behind: its equity curve and its broker's final state. */
public final class SimulationOutcome {

    private final List<String> symbols;
    private final EquityCurve equity;
    private final SimulatedBroker broker;
    private final IntFunction<LocalDate> dates;

    SimulationOutcome(List<String> symbols, EquityCurve equity, SimulatedBroker broker,
            IntFunction<LocalDate> dates) {
        this.symbols = symbols;
        this.equity = equity;
        this.broker = broker;
        this.dates = dates;
    }

    public EquityCurve equity() {
        return equity;
    }

    /** Asset symbols; an asset's position in this list is its index in {@link #positions()}. */
    public List<String> symbols() {
        return symbols;
    }

    public Positions positions() {
        return broker.positions();
    }

    public double cash() {
        return broker.cash();
    }

    public List<Fill> fills() {
        return broker.log().fills(dates, symbols);
    }

    /** The cash ledger, starting with the subscription of {@code initialCash} at {@code start}. */
    public List<LedgerEntry> ledger(LocalDateTime start, double initialCash) {
        return broker.log().ledger(start, initialCash, dates, symbols);
    }

    /** A message per fill that cost more than the cash there was. */
    public List<String> cashWarnings() {
        return broker.log().shortOfCash(dates, symbols);
    }
}
