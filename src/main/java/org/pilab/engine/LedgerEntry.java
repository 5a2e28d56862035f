package org.pilab.engine;

import java.time.LocalDateTime;

/**
 * One row of the cash ledger: a deposit or a fill's cash movement, with the running balance.
 *
 * @param description e.g. "SUBSCRIPTION", "LONG 100 EQ:SPY 200.45" or "SHORT 10 EQ:AGG 101.20"
 * @param debit       cash out (positive number or 0)
 * @param credit      cash in (positive number or 0)
 * @param balance     cash after this row
 */
public record LedgerEntry(
        LocalDateTime time,
        String description,
        double debit,
        double credit,
        double balance) {
}
