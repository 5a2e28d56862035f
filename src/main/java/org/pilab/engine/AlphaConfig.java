package org.pilab.engine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** How target weights are produced at each rebalance. New kinds are added as new records. */
public sealed interface AlphaConfig {

    /** The same weights every time (negative weights only under long-short sizing). */
    record FixedWeights(Map<String, Double> weights) implements AlphaConfig {
        public FixedWeights {
            weights = Collections.unmodifiableMap(new TreeMap<>(weights));
        }
    }

    /** Equal weights on the top N assets by momentum over the last {@code lookback} closes. */
    record MomentumTopN(int lookback, int topN) implements AlphaConfig {
    }
}
