package org.pilab.engine.synth;

/**
 * The common daily log-return every asset loads on, with calm and stressed volatility regimes
 * (a two-state Markov chain: stress arrives rarely and lasts weeks), so the series show
 * volatility clustering and correlated drawdowns.
 *
 * @param returns        the factor's daily log-return per trading day
 * @param volatilityScale 1 in a calm regime, higher in a stressed one, per trading day
 */
record MarketFactor(double[] returns, double[] volatilityScale) {

    static final double ANNUAL_DRIFT = 0.06;
    static final double ANNUAL_VOLATILITY = 0.15;
    static final double CALM_SCALE = 0.85;
    static final double STRESSED_SCALE = 2.2;
    /** Daily chance of entering stress (about once every 18 months) and of leaving it (about 5 weeks). */
    static final double P_ENTER_STRESS = 0.003;
    static final double P_LEAVE_STRESS = 0.03;

    static MarketFactor generate(int days, Gaussian random) {
        double[] returns = new double[days];
        double[] scale = new double[days];
        double dailyVol = ANNUAL_VOLATILITY / StrictMath.sqrt(252.0);
        boolean stressed = false;
        for (int t = 0; t < days; t++) {
            double u = random.uniform();
            stressed = stressed ? u >= P_LEAVE_STRESS : u < P_ENTER_STRESS;
            scale[t] = stressed ? STRESSED_SCALE : CALM_SCALE;
            returns[t] = ANNUAL_DRIFT / 252.0 - 0.5 * dailyVol * dailyVol + dailyVol * scale[t] * random.next();
        }
        return new MarketFactor(returns, scale);
    }
}
