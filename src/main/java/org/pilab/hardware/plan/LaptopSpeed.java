package org.pilab.hardware.plan;

/**
 * How fast the engine runs on this machine, per core: the base the Pi estimates scale from.
 *
 * @param secondsPerAssetDay engine time for one asset over one trading day, in seconds
 * @param jobStartSeconds    fixed cost of one job (JVM start, reading the spec and prices), in seconds
 * @param source             where the figures came from, for the report
 * @param estimate           true when the figures are the documented defaults rather than a measurement
 */
public record LaptopSpeed(double secondsPerAssetDay, double jobStartSeconds, String source, boolean estimate) {

    /**
     * Default engine cost per asset-day on one laptop core (estimate). Measured with this
     * project's engine on a 10-asset, 16-year momentum spec (41,740 asset-days): a warmed-up run
     * takes about 0.13-0.17 us per asset-day, the first (cold) run in a fresh JVM about 0.8 us; a
     * job runs once in a fresh JVM, so the cold figure, rounded up, is the default. Replace it
     * with a measurement: {@code pilab bench --json bench.json}, then
     * {@code pilab plan --bench-json bench.json}.
     */
    public static final double DEFAULT_SECONDS_PER_ASSET_DAY = 1e-6;

    /**
     * Default fixed cost of one job on one laptop core (estimate): starting a JVM, reading the
     * spec and loading the prices. A whole 10-asset backtest job took 0.6-0.76 s of wall time on
     * a 2-core x86-64 machine, almost all of it this fixed cost. On a Pi it scales with the
     * model's slow-down like the rest.
     */
    public static final double DEFAULT_JOB_START_SECONDS = 0.6;

    public LaptopSpeed {
        if (!(secondsPerAssetDay > 0) || Double.isInfinite(secondsPerAssetDay)) {
            throw new IllegalArgumentException("seconds per asset-day must be a positive number, got "
                    + secondsPerAssetDay);
        }
        if (!(jobStartSeconds >= 0) || Double.isInfinite(jobStartSeconds)) {
            throw new IllegalArgumentException("job start time must be zero or more seconds, got " + jobStartSeconds);
        }
    }

    /** The documented defaults, marked as an estimate. */
    public static LaptopSpeed defaults() {
        return new LaptopSpeed(DEFAULT_SECONDS_PER_ASSET_DAY, DEFAULT_JOB_START_SECONDS,
                "default " + java.math.BigDecimal.valueOf(DEFAULT_SECONDS_PER_ASSET_DAY).toPlainString()
                        + " s per asset-day and " + DEFAULT_JOB_START_SECONDS + " s per job start (estimate)", true);
    }

    /** Laptop seconds for one variant of {@code assetDays} asset-days. */
    public double secondsFor(double assetDays) {
        return jobStartSeconds + assetDays * secondsPerAssetDay;
    }
}
