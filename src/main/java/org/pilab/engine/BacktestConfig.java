package org.pilab.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that defines one backtest, as an immutable value: the engine's single request
 * type (one record rather than many run() overloads).
 *
 * @param title        shown on the tearsheet
 * @param start        first trading date; the run starts at that day's market open
 * @param end          last date; the run ends after that day's close
 * @param initialCash  starting cash of the strategy (and of the benchmark)
 * @param universe     the tradable assets and when each joins
 * @param alpha        how target weights are produced
 * @param rebalance    when target weights are turned into orders
 * @param sizing       how weights become whole-unit quantities
 * @param fees         the fee model applied to each fill
 * @param burnIn       no trading and no equity recorded before this date, if present
 * @param benchmark    symbol bought and held from the burn-in (or start) with a 1% buffer, if present
 */
public record BacktestConfig(
        String title,
        LocalDate start,
        LocalDate end,
        double initialCash,
        Universe universe,
        AlphaConfig alpha,
        RebalanceConfig rebalance,
        SizingConfig sizing,
        FeeConfig fees,
        Optional<LocalDate> burnIn,
        Optional<String> benchmark) {

    public BacktestConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(rebalance, "rebalance");
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(burnIn, "burnIn");
        Objects.requireNonNull(benchmark, "benchmark");
    }

    /** Every symbol whose prices the run needs: the universe plus the benchmark. */
    public List<String> symbols() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(universe.symbols());
        benchmark.ifPresent(all::add);
        return List.copyOf(all);
    }
}
