package org.pilab.hardware.plan;

/**
 * The work in a parameter sweep, as far as timing goes: how many variants, how big each is, and
 * how much price data every node must read before it starts.
 *
 * @param variants            the number of variants (array tasks)
 * @param assetDaysPerVariant assets times trading days in one variant's backtest
 * @param datasetMegabytes    the price data each node reads, in megabytes
 * @param description         where the figures came from, for the report
 */
public record SweepWorkload(long variants, double assetDaysPerVariant, double datasetMegabytes, String description) {

    public SweepWorkload {
        if (variants < 1) {
            throw new IllegalArgumentException("a sweep has at least one variant, got " + variants);
        }
        if (!(assetDaysPerVariant >= 0) || !(datasetMegabytes >= 0)) {
            throw new IllegalArgumentException("asset-days and dataset size must be zero or more");
        }
    }
}
