package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a bill of materials: what, how many, and the price of one.
 *
 * @param item    what to buy, as a shop would list it
 * @param qty     how many
 * @param unitUsd  the price of one, in US dollars, as of the bill's price date
 * @param estimate whether that price is an estimate
 */
public record BomLine(String item, int qty, BigDecimal unitUsd, boolean estimate) {

    public BomLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unitUsd, "unitUsd");
        if (qty < 1) {
            throw new IllegalArgumentException(item + ": quantity must be at least 1, got " + qty);
        }
        if (unitUsd.signum() < 0) {
            throw new IllegalArgumentException(item + ": price must not be negative, got " + unitUsd);
        }
    }

    /** Quantity times unit price; money is kept in BigDecimal so cents add up exactly. */
    public BigDecimal lineUsd() {
        return unitUsd.multiply(BigDecimal.valueOf(qty));
    }
}
