package org.pilab.engine.synth;

import java.util.List;

/** One synthetic asset: its symbol and bars, oldest first. */
public record SyntheticSeries(String symbol, List<DailyBar> bars) {

    public SyntheticSeries {
        bars = List.copyOf(bars);
    }

    /** The Yahoo-style CSV text of this series (see {@link YahooCsvFormat}). */
    public String csv() {
        return YahooCsvFormat.format(bars);
    }
}
