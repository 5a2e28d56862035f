package org.pilab.engine.broker;

/**
 * Executes market orders for one portfolio: orders submitted at a close wait in a queue and
 * fill at the next market open, sells before buys; an order given at an open instant fills at
 * once. Cash moves by the exact price x quantity plus the fee; the consideration rounded to
 * whole currency units only feeds the fee model and the cash check, which merely warns.
 */
public final class SimulatedBroker {

    private final FeeModel fees;
    private final Positions positions;
    private final TradeLog log;
    private double cash;
    private int queued;
    private final int[] queuedAsset;
    private final double[] queuedQuantity;

    public SimulatedBroker(int assetCount, double initialCash, FeeModel fees) {
        this.fees = fees;
        this.positions = new Positions(assetCount);
        this.log = new TradeLog();
        this.cash = initialCash;
        this.queuedAsset = new int[assetCount];
        this.queuedQuantity = new double[assetCount];
    }

    public FeeModel fees() {
        return fees;
    }

    public Positions positions() {
        return positions;
    }

    public TradeLog log() {
        return log;
    }

    public double cash() {
        return cash;
    }

    /** Market value of positions plus cash, as QSTrader sums it. */
    public double totalEquity() {
        return positions.totalMarketValue() + cash;
    }

    public void markToMarket(double[] prices) {
        positions.markToMarket(prices);
    }

    /** Queues a market order; orders are created at most once per asset between two opens. */
    public void submit(int asset, double quantity) {
        queuedAsset[queued] = asset;
        queuedQuantity[queued] = quantity;
        queued++;
    }

    public int queuedCount() {
        return queued;
    }

    /** Fills all queued orders at {@code prices}: every sell in submission order, then every buy. */
    public void executeQueued(int day, double[] prices) {
        for (int i = 0; i < queued; i++) {
            if (queuedQuantity[i] < 0) {
                execute(day, queuedAsset[i], queuedQuantity[i], prices[queuedAsset[i]]);
            }
        }
        for (int i = 0; i < queued; i++) {
            if (queuedQuantity[i] > 0) {
                execute(day, queuedAsset[i], queuedQuantity[i], prices[queuedAsset[i]]);
            }
        }
        queued = 0;
    }

    /** Fills one order now at {@code price}. */
    public void execute(int day, int asset, double quantity, double price) {
        double consideration = Math.rint(price * quantity);
        double commission = fees.totalCost(quantity, consideration);
        double before = cash;
        double totalCost = price * quantity + commission;
        positions.transact(asset, quantity, price, commission);
        cash -= totalCost;
        log.record(day, asset, quantity, price, consideration, commission, totalCost, before, cash);
    }
}
