package org.pilab.engine;

import java.util.List;
import java.util.Optional;

/**
 * What one backtest produced: the strategy's performance, the benchmark's if one was asked
 * for, and warnings the run raised (e.g. insufficient cash, a buy-and-hold that never trades).
 */
public record BacktestResult(
        Performance strategy,
        Optional<Performance> benchmark,
        List<String> warnings) {

    public BacktestResult {
        warnings = List.copyOf(warnings);
    }
}
