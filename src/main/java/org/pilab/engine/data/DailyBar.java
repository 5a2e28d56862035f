package org.pilab.engine.data;

import java.time.LocalDate;

/**
 * One day's raw prices of a symbol as published: open, close and the close adjusted for splits
 * and dividends. The engine trades on adjusted prices only (see {@link #adjustedOpen()}).
 */
public record DailyBar(LocalDate date, double open, double close, double adjClose) {

    /**
     * The open scaled by the day's adjustment factor. Computed as (adjClose / close) x open, in
     * that order, because that is the floating-point order QSTrader uses and the engine
     * reproduces its numbers bit for bit where it can.
     */
    public double adjustedOpen() {
        return (adjClose / close) * open;
    }
}
