package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One parameter of a sweep: a dotted path into the base backtest spec and the values it takes.
 *
 * @param path   e.g. {@code alpha.lookback}
 * @param values the values in the order written in the spec (ranges already expanded)
 */
public record GridAxis(String path, List<JsonNode> values) {

    public GridAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("grid axis " + path + " has no values");
        }
    }

    public int size() {
        return values.size();
    }
}
