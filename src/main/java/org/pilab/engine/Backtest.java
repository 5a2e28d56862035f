package org.pilab.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pilab.engine.data.PriceTable;
import org.pilab.engine.schedule.RebalanceSchedule;
import org.pilab.engine.session.ConfigValidator;
import org.pilab.engine.session.PortfolioSimulation;
import org.pilab.engine.session.SimulationOutcome;
import org.pilab.engine.session.Strategies;
import org.pilab.engine.stats.TearsheetStatistics;

/**
 * The engine's entry point: one configuration in, the strategy's (and its benchmark's)
 * performance out. Stateless and thread-safe; the price table is only read.
 */
public final class Backtest {

    /** At most this many insufficient-cash messages are listed per portfolio; the rest are counted. */
    private static final int MAX_CASH_WARNINGS = 20;

    private Backtest() {
    }

    /**
     * Runs {@code config} on {@code prices}: from the market open (14:30 UTC) of the start date to
     * the close of the end date.
     *
     * @throws EngineInputException if the configuration does not fit the prices
     */
    public static BacktestResult run(PriceTable prices, BacktestConfig config) {
        List<String> warnings = new ArrayList<>(ConfigValidator.validate(prices, config));
        warnIfNeverTrades(config, warnings);

        Performance strategy = performance(config.title(), Strategies.strategy(prices, config), config.start(),
                config.initialCash(), warnings);

        Optional<Performance> benchmark = config.benchmark().map(symbol -> {
            LocalDate from = config.burnIn().orElse(config.start());
            PortfolioSimulation sim = Strategies.benchmark(prices, symbol, from, config.end(), config.initialCash());
            return performance("Benchmark: buy and hold " + symbol, sim, from, config.initialCash(), warnings);
        });
        return new BacktestResult(strategy, benchmark, warnings);
    }

    private static Performance performance(String title, PortfolioSimulation sim, LocalDate start, double cash,
            List<String> warnings) {
        SimulationOutcome out = sim.run();
        List<String> cashWarnings = out.cashWarnings();
        for (int i = 0; i < Math.min(MAX_CASH_WARNINGS, cashWarnings.size()); i++) {
            warnings.add(title + ": " + cashWarnings.get(i));
        }
        if (cashWarnings.size() > MAX_CASH_WARNINGS) {
            warnings.add(title + ": " + (cashWarnings.size() - MAX_CASH_WARNINGS)
                    + " more fills cost more than the cash available");
        }
        Statistics stats = TearsheetStatistics.of(out.equity());
        return new Performance(title, out.equity(), stats, out.fills(),
                out.ledger(start.atTime(PriceTable.OPEN), cash));
    }

    private static void warnIfNeverTrades(BacktestConfig c, List<String> warnings) {
        if (RebalanceSchedule.of(c.rebalance()).plan(c.start(), c.end()).anyFrom(Strategies.burnInRunDay(c))) {
            return;
        }
        if (c.rebalance() instanceof RebalanceConfig.BuyAndHold) {
            warnings.add("rebalance: buy_and_hold buys once, at the market open of the start ("
                    + c.start() + "), but burn_in " + c.burnIn().orElseThrow()
                    + " comes later, so the strategy never trades; start on the burn-in date or drop burn_in");
        } else {
            warnings.add("rebalance: no rebalance date falls between " + c.burnIn().orElse(c.start()) + " and "
                    + c.end() + ", so the strategy never trades; lengthen the run or rebalance more often");
        }
    }
}
