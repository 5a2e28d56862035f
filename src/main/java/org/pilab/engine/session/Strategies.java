package org.pilab.engine.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.alpha.AlphaModel;
import org.pilab.engine.alpha.FixedWeightsAlpha;
import org.pilab.engine.alpha.MomentumTopNAlpha;
import org.pilab.engine.broker.FeeModel;
import org.pilab.engine.data.PriceTable;
import org.pilab.engine.data.WeekdayCalendar;
import org.pilab.engine.portfolio.LongOnlySizer;
import org.pilab.engine.portfolio.OrderSizer;
import org.pilab.engine.schedule.RebalancePlan;
import org.pilab.engine.schedule.RebalanceSchedule;
import org.pilab.engine.universe.AssetUniverse;

/** Builds the simulations a configuration asks for: the strategy and its benchmark. */
public final class Strategies {

    /** QSTrader's examples give the benchmark a 1% cash buffer and no fees. */
    public static final double BENCHMARK_CASH_BUFFER = 0.01;

    private Strategies() {
    }

    /** The strategy's simulation; the configuration must have passed {@link ConfigValidator}. */
    public static PortfolioSimulation strategy(PriceTable prices, BacktestConfig c) {
        AssetUniverse universe = AssetUniverse.of(c.universe(), c.start());
        RebalancePlan plan = RebalanceSchedule.of(c.rebalance()).plan(c.start(), c.end());
        int startRow = prices.dayOnOrAfter(c.start());
        AlphaModel alpha = alpha(prices, c.alpha(), universe, startRow);
        return new PortfolioSimulation(prices, universe, alpha, OrderSizer.of(c.sizing()), FeeModel.of(c.fees()),
                plan, startRow, burnInRunDay(c), c.initialCash());
    }

    /** The run day (0 = first weekday of the run) from which the strategy trades and records equity. */
    public static int burnInRunDay(BacktestConfig c) {
        return c.burnIn()
                .map(b -> (int) Math.max(0, WeekdayCalendar.ceiling(b) - WeekdayCalendar.ceiling(c.start())))
                .orElse(0);
    }

    /**
     * Buy and hold of {@code symbol} from {@code start} (the strategy's burn-in, or its start) to
     * {@code end}: all of equity less a 1% buffer at the first open, no fees, as QSTrader's
     * examples build their benchmark.
     */
    public static PortfolioSimulation benchmark(PriceTable prices, String symbol, LocalDate start, LocalDate end,
            double initialCash) {
        AssetUniverse universe = AssetUniverse.fixed(List.of(symbol));
        RebalancePlan plan = new RebalanceSchedule.BuyAndHold().plan(start, end);
        return new PortfolioSimulation(prices, universe, new FixedWeightsAlpha(new double[] {1.0}),
                new LongOnlySizer(BENCHMARK_CASH_BUFFER), new FeeModel.Zero(), plan, prices.dayOnOrAfter(start), 0,
                initialCash);
    }

    private static AlphaModel alpha(PriceTable prices, AlphaConfig config, AssetUniverse universe, int startRow) {
        List<String> symbols = universe.symbols();
        if (config instanceof AlphaConfig.MomentumTopN m) {
            int[] columns = symbols.stream().mapToInt(prices::column).toArray();
            return new MomentumTopNAlpha(prices, columns, universe, startRow, m.lookback(), m.topN());
        }
        Map<String, Double> given = ((AlphaConfig.FixedWeights) config).weights();
        double[] weights = new double[symbols.size()];
        for (int a = 0; a < weights.length; a++) {
            weights[a] = given.getOrDefault(symbols.get(a), 0.0);
        }
        return new FixedWeightsAlpha(weights);
    }
}
