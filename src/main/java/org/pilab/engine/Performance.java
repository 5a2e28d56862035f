package org.pilab.engine;

import java.util.List;

/**
 * One portfolio's run: its daily equity curve, its tearsheet statistics, every fill and the
 * cash ledger.
 */
public record Performance(
        String title,
        EquityCurve equity,
        Statistics statistics,
        List<Fill> fills,
        List<LedgerEntry> ledger) {

    public Performance {
        fills = List.copyOf(fills);
        ledger = List.copyOf(ledger);
    }
}
