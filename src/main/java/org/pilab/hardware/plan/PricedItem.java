package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something to buy, with a price and the date that price was true.
 *
 * @param name      as a shop would list it
 * @param usd       price of one, in US dollars
 * @param priceDate when the price was observed (a month is read as its first day, for ordering)
 * @param dateText  the date as the catalogue gives it (2026-02 or 2019-06-24), for people
 * @param estimate  whether the price is an estimate rather than a list price
 */
public record PricedItem(String name, BigDecimal usd, LocalDate priceDate, String dateText, boolean estimate) {

    public PricedItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(priceDate, "priceDate");
        Objects.requireNonNull(dateText, "dateText");
    }

    /** An item priced on a given day. */
    public static PricedItem on(String name, BigDecimal usd, LocalDate day, boolean estimate) {
        return new PricedItem(name, usd, day, day.toString(), estimate);
    }
}
