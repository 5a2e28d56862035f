package org.pilab.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeflatedSharpeTest {

    /**
     * The numerical example of Bailey and López de Prado (2014), section 5: 100 trials whose
     * annualised Sharpe ratios vary with variance 1/2, a best annualised Sharpe ratio of 2.5 over
     * 1,250 daily returns with skewness -3 and kurtosis 10 (250 days a year). The paper reports
     * an expected maximum of about 0.1132 per day and a DSR of about 0.9004.
     */
    @Test
    void reproducesThePapersExample() {
        double days = 250;
        DeflatedSharpe d = DeflatedSharpe.of(2.5 / Math.sqrt(days), 0.5 / days, 100, 1250, -3, 10);
        assertEquals(0.1132, d.expectedMaxSharpe(), 5e-4);
        assertEquals(0.9004, d.deflatedSharpe(), 5e-4);
        assertFalse(d.significant());
    }

    @Test
    void moreTrialsDeflateMore() {
        double previous = 1;
        for (int n : new int[] {2, 10, 100, 1000}) {
            double dsr = DeflatedSharpe.of(0.1, 0.002, n, 1000, 0, 3).deflatedSharpe();
            assertTrue(dsr < previous, "DSR should fall as trials rise");
            previous = dsr;
        }
    }

    @Test
    void oneTrialIsTheProbabilisticSharpeRatioAgainstZero() {
        DeflatedSharpe d = DeflatedSharpe.of(0.05, 0, 1, 1001, 0, 3);
        // PSR(0) = Phi(SR * sqrt(T - 1) / sqrt(1 + SR^2 / 2)) for normal returns.
        double z = 0.05 * Math.sqrt(1000) / Math.sqrt(1 + 0.05 * 0.05 / 2);
        assertEquals(new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z),
                d.deflatedSharpe(), 1e-12);
    }

    @Test
    void bestOfManyNoiseStrategiesIsNotSignificant() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 200;
        int t = 750;
        double[] sharpes = new double[n];
        double[][] returns = new double[n][t];
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < t; i++) {
                returns[v][i] = 0.01 * gaussian(rnd);
            }
            sharpes[v] = Moments.of(returns[v]).sharpe();
        }
        int best = 0;
        for (int v = 1; v < n; v++) {
            if (sharpes[v] > sharpes[best]) {
                best = v;
            }
        }
        DeflatedSharpe d = DeflatedSharpe.of(sharpes, returns[best]);
        assertFalse(d.significant(), "luck passed for skill: " + d);
        assertTrue(d.bestSharpe() > 0.05, "the best noise strategy looks good before deflation");
    }

    @Test
    void aRealEdgeSurvivesDeflation() {
        SplittableRandom rnd = new SplittableRandom(11);
        int t = 2500;
        double[] edge = new double[t];
        for (int i = 0; i < t; i++) {
            edge[i] = 0.002 + 0.01 * gaussian(rnd);
        }
        double[] sharpes = {Moments.of(edge).sharpe(), 0.01, -0.02, 0.03, 0.0};
        assertTrue(DeflatedSharpe.of(sharpes, edge).significant());
    }

    static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
