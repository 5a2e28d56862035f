package org.pilab.engine.synth;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates seeded synthetic daily bars for a whole universe.
 *
 * <p>Each asset's daily log-return is {@code beta * factor + its own noise}, both scaled by the
 * market's volatility regime, so returns are positively correlated and volatile together.
 * The raw close drops by the dividend on each quarterly ex-date; Adj Close is the close scaled
 * back for every later dividend, as Yahoo does, so it is below Close before the last dividend.
 * One stream is split off per asset, so adding assets never changes the earlier ones.</p>
 */
public final class SyntheticMarket {

    /** Opening gap as a share of the day's return: most of a day's move happens after the open. */
    private static final double GAP_SHARE = 0.25;

    private SyntheticMarket() {
    }

    public static List<SyntheticSeries> generate(SynthParameters p) {
        List<LocalDate> days = MarketHolidays.tradingDays(p.firstDay(), p.lastDay());
        SplittableRandom root = new SplittableRandom(p.seed());
        MarketFactor factor = MarketFactor.generate(days.size(), new Gaussian(root.split()));
        List<SyntheticSeries> out = new ArrayList<>(p.assets());
        for (int i = 0; i < p.assets(); i++) {
            Gaussian random = new Gaussian(root.split());
            AssetProfile profile = AssetProfile.draw(random);
            out.add(new SyntheticSeries(p.symbol(i), bars(days, factor, profile, random)));
        }
        return out;
    }

    private static List<DailyBar> bars(List<LocalDate> days, MarketFactor factor, AssetProfile a, Gaussian random) {
        int n = days.size();
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] dividend = new double[n];
        long[] volume = new long[n];
        double dailyIdio = a.idiosyncraticVol() / StrictMath.sqrt(252.0);
        double previousClose = a.firstPrice();
        int lastDividendMonth = -1;
        for (int t = 0; t < n; t++) {
            LocalDate day = days.get(t);
            // Draw the same count every day so one branch never shifts later numbers.
            double noise = random.next();
            double gapNoise = random.next();
            double highNoise = Math.abs(random.next());
            double lowNoise = Math.abs(random.next());
            double volumeNoise = random.next();
            double scale = factor.volatilityScale()[t];
            double logReturn = a.excessDrift() / 252.0 + a.beta() * factor.returns()[t]
                    + dailyIdio * scale * noise - 0.5 * dailyIdio * dailyIdio;
            int monthKey = day.getYear() * 12 + day.getMonthValue();
            if (t > 0 && isDividendMonth(day.getMonth()) && day.getDayOfMonth() >= a.exDividendDay()
                    && monthKey != lastDividendMonth) {
                dividend[t] = cents(previousClose * a.dividendYield() / 4.0);
                lastDividendMonth = monthKey;
            }
            // Total return applies to price plus dividend; the raw price falls by the dividend.
            double base = previousClose - dividend[t];
            double c = Math.max(0.01, cents(previousClose * StrictMath.exp(logReturn) - dividend[t]));
            double dayVol = (a.beta() * MarketFactor.ANNUAL_VOLATILITY / StrictMath.sqrt(252.0) + dailyIdio) * scale;
            double o = Math.max(0.01, cents(base * StrictMath.exp(GAP_SHARE * logReturn + 0.2 * dayVol * gapNoise)));
            open[t] = o;
            close[t] = c;
            high[t] = cents(Math.max(o, c) * StrictMath.exp(0.35 * dayVol * highNoise));
            low[t] = Math.max(0.01, cents(Math.min(o, c) * StrictMath.exp(-0.35 * dayVol * lowNoise)));
            double stressVolume = scale > 1.0 ? 1.5 : 1.0;
            volume[t] = StrictMath.round(a.medianVolume() * stressVolume * StrictMath.exp(0.35 * volumeNoise));
            previousClose = c;
        }
        double[] adjusted = adjustForDividends(close, dividend);
        List<DailyBar> bars = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            bars.add(new DailyBar(days.get(t), open[t], high[t], low[t], close[t], volume[t], adjusted[t]));
        }
        return bars;
    }

    /**
     * Yahoo's dividend adjustment: every close before an ex-date is multiplied by
     * (1 - dividend / close on the day before the ex-date), compounded over later dividends.
     */
    static double[] adjustForDividends(double[] close, double[] dividend) {
        double[] adjusted = new double[close.length];
        double factor = 1.0;
        for (int t = close.length - 1; t >= 0; t--) {
            adjusted[t] = close[t] * factor;
            if (dividend[t] > 0 && t > 0) {
                factor *= 1.0 - dividend[t] / close[t - 1];
            }
        }
        return adjusted;
    }

    private static boolean isDividendMonth(Month m) {
        return m == Month.MARCH || m == Month.JUNE || m == Month.SEPTEMBER || m == Month.DECEMBER;
    }

    private static double cents(double price) {
        return StrictMath.rint(price * 100.0) / 100.0;
    }
}
