package org.pilab.engine.alpha;

/** Produces target weights per asset (alphabetical asset numbering) at a rebalance. */
public interface AlphaModel {

    /**
     * Writes the target weights into {@code out}, which arrives filled with zeros.
     *
     * @param runDay       the run day of the rebalance (0 = the first weekday of the run)
     * @param closesSeen   how many market closes the run has processed so far (signal warm-up)
     * @param lastCloseDay the price-table row of the latest close processed (-1 if none)
     */
    void weights(int runDay, int closesSeen, int lastCloseDay, double[] out);
}
