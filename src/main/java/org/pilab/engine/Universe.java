package org.pilab.engine;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The assets a strategy may hold. A static universe has every asset from the start; in a
 * dynamic universe an asset joins on its date (before it, the alpha model does not see it).
 *
 * @param joins symbol to the first date it may be traded; an empty Optional means from the start
 */
public record Universe(Map<String, Optional<LocalDate>> joins) {

    public Universe {
        joins = Collections.unmodifiableMap(new TreeMap<>(joins));
    }

    public static Universe of(List<String> symbols) {
        Map<String, Optional<LocalDate>> m = new TreeMap<>();
        for (String s : symbols) {
            m.put(s, Optional.empty());
        }
        return new Universe(m);
    }

    /** Symbols in alphabetical order (QSTrader creates orders in this order). */
    public List<String> symbols() {
        return List.copyOf(joins.keySet());
    }
}
