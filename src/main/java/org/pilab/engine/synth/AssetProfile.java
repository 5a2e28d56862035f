package org.pilab.engine.synth;

/**
 * One asset's character, drawn from its own seeded stream.
 *
 * @param beta             loading on the market factor (all positive: assets co-move)
 * @param idiosyncraticVol annual volatility of the asset's own noise
 * @param excessDrift      annual drift on top of the factor's
 * @param dividendYield    annual cash yield, paid quarterly
 * @param exDividendDay    day of month (on or after) of the quarterly ex-dividend date
 * @param firstPrice       the first close
 * @param medianVolume     typical shares traded a day
 */
record AssetProfile(
        double beta,
        double idiosyncraticVol,
        double excessDrift,
        double dividendYield,
        int exDividendDay,
        double firstPrice,
        double medianVolume) {

    static AssetProfile draw(Gaussian random) {
        double beta = 0.6 + 0.7 * random.uniform();
        double idio = 0.06 + 0.16 * random.uniform();
        double drift = -0.02 + 0.04 * random.uniform();
        double yield = 0.005 + 0.03 * random.uniform();
        int exDay = 10 + random.uniformInt(11);
        double price = StrictMath.rint((20.0 + 180.0 * random.uniform()) * 100.0) / 100.0;
        double volume = StrictMath.pow(10.0, 5.0 + 2.5 * random.uniform());
        return new AssetProfile(beta, idio, drift, yield, exDay, price, volume);
    }
}
