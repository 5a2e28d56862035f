package org.pilab.engine.session;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.alpha.AlphaModel;
import org.pilab.engine.broker.FeeModel;
import org.pilab.engine.broker.SimulatedBroker;
import org.pilab.engine.data.PriceTable;
import org.pilab.engine.portfolio.OrderSizer;
import org.pilab.engine.schedule.RebalancePlan;
import org.pilab.engine.universe.AssetUniverse;

/**
 * Runs one portfolio over the weekdays of a run, QSTrader's daily loop: at each market open
 * mark positions and fill queued orders (sells first), then an open rebalance if one is due
 * (filled at once); at each market close mark positions, rebalance if due (orders wait for the
 * next open) and, from the burn-in on, record total equity. Primitive arrays only in the loop.
 */
public final class PortfolioSimulation {

    private final PriceTable prices;
    private final AssetUniverse universe;
    private final int[] columns;
    private final AlphaModel alpha;
    private final OrderSizer sizer;
    private final RebalancePlan plan;
    private final int startRow;
    private final int burnInRunDay;
    private final SimulatedBroker broker;

    private final double[] now;
    private final double[] weights;
    private final long[] target;

    /**
     * @param startRow     price-table row of the run's first weekday
     * @param burnInRunDay first run day on which the strategy may trade and equity is recorded
     */
    public PortfolioSimulation(PriceTable prices, AssetUniverse universe, AlphaModel alpha, OrderSizer sizer,
            FeeModel fees, RebalancePlan plan, int startRow, int burnInRunDay, double initialCash) {
        this.prices = prices;
        this.universe = universe;
        this.columns = universe.symbols().stream().mapToInt(prices::column).toArray();
        this.alpha = alpha;
        this.sizer = sizer;
        this.plan = plan;
        this.startRow = startRow;
        this.burnInRunDay = burnInRunDay;
        int n = columns.length;
        this.broker = new SimulatedBroker(n, initialCash, fees);
        this.now = new double[n];
        this.weights = new double[n];
        this.target = new long[n];
    }

    /** Runs every weekday of the plan once; call once. */
    public SimulationOutcome run() {
        int days = plan.days();
        int rows = Math.max(0, days - burnInRunDay);
        double[] equity = new double[rows];
        LocalDate[] dates = new LocalDate[rows];
        for (int r = 0; r < days; r++) {
            int row = startRow + r;
            boolean tradable = r >= burnInRunDay;

            loadPrices(row, true);
            broker.markToMarket(now);
            if (broker.queuedCount() > 0) {
                broker.executeQueued(row, now);
            }
            if (tradable && plan.atOpen(r)) {
                rebalance(r, r, row - 1, row, true);
            }

            loadPrices(row, false);
            broker.markToMarket(now);
            if (tradable && plan.atClose(r)) {
                rebalance(r, r + 1, row, row, false);
            }
            if (tradable) {
                equity[r - burnInRunDay] = broker.totalEquity();
                dates[r - burnInRunDay] = prices.date(row);
            }
        }
        return new SimulationOutcome(universe.symbols(), new EquityCurve(dates, equity), broker, prices::date);
    }

    private void loadPrices(int row, boolean atOpen) {
        for (int a = 0; a < columns.length; a++) {
            now[a] = atOpen ? prices.open(columns[a], row) : prices.close(columns[a], row);
        }
    }

    /** Sizes the alpha's weights against current equity and orders the difference, alphabetically. */
    private void rebalance(int runDay, int closesSeen, int lastCloseRow, int row, boolean fillNow) {
        double equity = broker.totalEquity();
        Arrays.fill(weights, 0.0);
        alpha.weights(runDay, closesSeen, lastCloseRow, weights);
        for (int a = 0; a < weights.length; a++) {
            if (weights[a] != 0.0 && Double.isNaN(now[a])) {
                throw new EngineInputException("No price for " + universe.symbols().get(a) + " on "
                        + prices.date(row) + " (" + prices.origin(universe.symbols().get(a))
                        + " starts " + prices.firstDate(universe.symbols().get(a))
                        + "); start the backtest later or let the symbol join the universe later");
            }
        }
        sizer.size(equity, weights, now, broker.fees(), target);
        for (int a = 0; a < target.length; a++) {
            double quantity = target[a] - broker.positions().netQuantity(a);
            if (quantity != 0) {
                if (fillNow) {
                    broker.execute(row, a, quantity, now[a]);
                } else {
                    broker.submit(a, quantity);
                }
            }
        }
    }

    /** Symbols of the simulated assets, alphabetical. */
    public List<String> symbols() {
        return universe.symbols();
    }
}
