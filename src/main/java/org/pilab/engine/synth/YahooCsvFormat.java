package org.pilab.engine.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes bars in the column order of the real files in datasets/market
 * ({@code Date,Open,High,Low,Close,Volume,Adj Close}), oldest first, prices with six decimals,
 * '\n' line ends. BigDecimal rounding keeps the text independent of the default locale.
 */
public final class YahooCsvFormat {

    public static final String HEADER = "Date,Open,High,Low,Close,Volume,Adj Close";

    private YahooCsvFormat() {
    }

    public static String format(List<DailyBar> bars) {
        StringBuilder out = new StringBuilder(bars.size() * 72 + 48);
        out.append(HEADER).append('\n');
        for (DailyBar b : bars) {
            out.append(b.date()).append(',')
                    .append(price(b.open())).append(',')
                    .append(price(b.high())).append(',')
                    .append(price(b.low())).append(',')
                    .append(price(b.close())).append(',')
                    .append(b.volume()).append(',')
                    .append(price(b.adjClose())).append('\n');
        }
        return out.toString();
    }

    static String price(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
