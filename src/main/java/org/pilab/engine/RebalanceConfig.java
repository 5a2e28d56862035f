package org.pilab.engine;

import java.time.DayOfWeek;

/** When the strategy turns target weights into orders (always at a market close, except buy-and-hold). */
public sealed interface RebalanceConfig {

    /** The last weekday of each month. */
    record EndOfMonth() implements RebalanceConfig {
    }

    /** One weekday each week (MONDAY..FRIDAY). */
    record Weekly(DayOfWeek weekday) implements RebalanceConfig {
    }

    /** Every weekday. */
    record Daily() implements RebalanceConfig {
    }

    /** Once, at the start instant. */
    record BuyAndHold() implements RebalanceConfig {
    }
}
