package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something to buy, with a price and the date that price was true.
 *
 * @param name      as a shop would list it
 * @param usd       price of one, in US dollars
 * @param priceDate when the price was observed
 */
public record PricedItem(String name, BigDecimal usd, LocalDate priceDate) {

    public PricedItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(priceDate, "priceDate");
    }
}
