package org.pilab.engine;

/** How target weights become whole-unit order quantities. */
public sealed interface SizingConfig {

    /** Dollar-weighted, long only, keeping {@code cashBuffer} (e.g. 0.01) of equity in cash. */
    record LongOnly(double cashBuffer) implements SizingConfig {
    }

    /** Long and short, weights scaled to a gross leverage (sum of |w|). */
    record LongShort(double grossLeverage) implements SizingConfig {
    }
}
