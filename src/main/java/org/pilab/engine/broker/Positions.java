package org.pilab.engine.broker;

import java.util.Arrays;

/**
 * Open positions of one portfolio, one slot per asset index, with QSTrader's average-price
 * accounting: bought and sold quantities and their average prices and commissions accumulate
 * separately while a position is open; a position whose net quantity returns to 0 is removed.
 *
 * <p>Held assets are also kept in the order they were opened, because QSTrader sums market
 * values in that order and the engine reproduces its totals to the last bit where it can.</p>
 */
public final class Positions {

    private final double[] buyQuantity;
    private final double[] sellQuantity;
    private final double[] avgBought;
    private final double[] avgSold;
    private final double[] buyCommission;
    private final double[] sellCommission;
    private final double[] currentPrice;
    private final boolean[] held;
    private final int[] openOrder;
    private int heldCount;

    public Positions(int assetCount) {
        buyQuantity = new double[assetCount];
        sellQuantity = new double[assetCount];
        avgBought = new double[assetCount];
        avgSold = new double[assetCount];
        buyCommission = new double[assetCount];
        sellCommission = new double[assetCount];
        currentPrice = new double[assetCount];
        held = new boolean[assetCount];
        openOrder = new int[assetCount];
    }

    /** Applies a fill of {@code quantity} (signed) at {@code price} with {@code commission}. */
    public void transact(int asset, double quantity, double price, double commission) {
        if (!held[asset]) {
            open(asset, quantity, price, commission);
            return;
        }
        if (quantity > 0) {
            avgBought[asset] = ((avgBought[asset] * buyQuantity[asset]) + (quantity * price))
                    / (buyQuantity[asset] + quantity);
            buyQuantity[asset] += quantity;
            buyCommission[asset] += commission;
        } else {
            double sold = -1.0 * quantity;
            avgSold[asset] = ((avgSold[asset] * sellQuantity[asset]) + (sold * price))
                    / (sellQuantity[asset] + sold);
            sellQuantity[asset] += sold;
            sellCommission[asset] += commission;
        }
        currentPrice[asset] = price;
        if (netQuantity(asset) == 0) {
            close(asset);
        }
    }

    /** A new position takes the fill price as its average directly (no division). */
    private void open(int asset, double quantity, double price, double commission) {
        if (quantity > 0) {
            buyQuantity[asset] = quantity;
            avgBought[asset] = price;
            buyCommission[asset] = commission;
        } else {
            sellQuantity[asset] = -1.0 * quantity;
            avgSold[asset] = price;
            sellCommission[asset] = commission;
        }
        currentPrice[asset] = price;
        held[asset] = true;
        openOrder[heldCount++] = asset;
    }

    private void close(int asset) {
        held[asset] = false;
        buyQuantity[asset] = 0;
        sellQuantity[asset] = 0;
        avgBought[asset] = 0;
        avgSold[asset] = 0;
        buyCommission[asset] = 0;
        sellCommission[asset] = 0;
        int k = 0;
        while (openOrder[k] != asset) {
            k++;
        }
        System.arraycopy(openOrder, k + 1, openOrder, k, heldCount - k - 1);
        heldCount--;
    }

    /** Marks every held position to {@code prices[asset]}. */
    public void markToMarket(double[] prices) {
        for (int k = 0; k < heldCount; k++) {
            int a = openOrder[k];
            currentPrice[a] = prices[a];
        }
    }

    /** Sum of price x net quantity over held positions, in the order they were opened. */
    public double totalMarketValue() {
        double total = 0.0;
        for (int k = 0; k < heldCount; k++) {
            int a = openOrder[k];
            total += currentPrice[a] * (buyQuantity[a] - sellQuantity[a]);
        }
        return total;
    }

    public boolean isHeld(int asset) {
        return held[asset];
    }

    public int heldCount() {
        return heldCount;
    }

    /** Held assets in the order their positions were opened. */
    public int[] heldAssets() {
        return Arrays.copyOf(openOrder, heldCount);
    }

    public double netQuantity(int asset) {
        return buyQuantity[asset] - sellQuantity[asset];
    }

    public double currentPrice(int asset) {
        return currentPrice[asset];
    }

    public double marketValue(int asset) {
        return currentPrice[asset] * netQuantity(asset);
    }

    /** Average entry price including commission (0 when flat). */
    public double averagePrice(int asset) {
        double net = netQuantity(asset);
        if (net == 0) {
            return 0.0;
        }
        if (net > 0) {
            return (avgBought[asset] * buyQuantity[asset] + buyCommission[asset]) / buyQuantity[asset];
        }
        return (avgSold[asset] * sellQuantity[asset] - sellCommission[asset]) / sellQuantity[asset];
    }

    public double realisedPnl(int asset) {
        double net = netQuantity(asset);
        if (net > 0) {
            if (sellQuantity[asset] == 0) {
                return 0.0;
            }
            return ((avgSold[asset] - avgBought[asset]) * sellQuantity[asset])
                    - ((sellQuantity[asset] / buyQuantity[asset]) * buyCommission[asset])
                    - sellCommission[asset];
        }
        if (net < 0) {
            if (buyQuantity[asset] == 0) {
                return 0.0;
            }
            return ((avgSold[asset] - avgBought[asset]) * buyQuantity[asset])
                    - ((buyQuantity[asset] / sellQuantity[asset]) * sellCommission[asset])
                    - buyCommission[asset];
        }
        double netTotal = avgSold[asset] * sellQuantity[asset] - avgBought[asset] * buyQuantity[asset];
        return netTotal - (buyCommission[asset] + sellCommission[asset]);
    }

    public double unrealisedPnl(int asset) {
        return (currentPrice[asset] - averagePrice(asset)) * netQuantity(asset);
    }
}
