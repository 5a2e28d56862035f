package org.pilab.engine;

import java.time.LocalDateTime;

/**
 * One executed order.
 *
 * @param time          the instant of execution (UTC, market open 14:30 or close 21:00)
 * @param quantity      signed: positive buys, negative sells
 * @param price         the (adjusted) execution price
 * @param consideration price x quantity rounded to whole currency units, signed
 * @param commission    the fee charged
 */
public record Fill(
        LocalDateTime time,
        String symbol,
        long quantity,
        double price,
        double consideration,
        double commission) {
}
