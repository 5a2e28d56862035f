package org.pilab.engine.alpha;

/**
 * The same weights at every rebalance. Like QSTrader's fixed-signals model it ignores universe
 * join dates: a weighted asset is traded from the first rebalance.
 */
public final class FixedWeightsAlpha implements AlphaModel {

    private final double[] weights;

    public FixedWeightsAlpha(double[] weights) {
        this.weights = weights.clone();
    }

    @Override
    public void weights(int runDay, int closesSeen, int lastCloseDay, double[] out) {
        System.arraycopy(weights, 0, out, 0, weights.length);
    }
}
