package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a sweep's grid.
 *
 * @param task   the array task id (0-based) that runs this variant everywhere
 * @param params dotted path to value, in the grid's order
 * @param spec   the complete backtest spec of this variant
 */
public record Variant(int task, Map<String, JsonNode> params, JsonNode spec) {

    public Variant {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** {@code alpha.lookback=126 alpha.top_n=3}: a compact label for tables and logs. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k).append('=').append(v.isTextual() ? v.asText() : v.toString());
        });
        return sb.toString();
    }
}
