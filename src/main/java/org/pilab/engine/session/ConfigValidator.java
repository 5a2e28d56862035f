package org.pilab.engine.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.data.PriceTable;
import org.pilab.engine.data.WeekdayCalendar;

/**
 * Checks a configuration against the prices before anything runs. Each problem becomes an
 * {@link EngineInputException} naming the field and what to do; a run that is legal but
 * probably not what was meant (it never trades, prices run out) becomes a warning.
 */
public final class ConfigValidator {

    private ConfigValidator() {
    }

    /** Throws on the first error; returns the warnings. */
    public static List<String> validate(PriceTable prices, BacktestConfig c) {
        List<String> warnings = new ArrayList<>();
        checkRange(prices, c);
        checkUniverse(prices, c);
        checkAlpha(prices, c);
        checkSizingAndFees(c);
        checkRebalance(c);
        c.benchmark().ifPresent(b -> checkBenchmark(prices, c, b));
        for (String s : c.symbols()) {
            if (c.end().isAfter(prices.lastDate(s))) {
                warnings.add(s + " has no prices after " + prices.lastDate(s) + " (" + prices.origin(s)
                        + "); its last price is carried forward to " + c.end());
            }
        }
        return warnings;
    }

    /** The first weekday of the run. */
    static LocalDate firstWeekday(LocalDate d) {
        return WeekdayCalendar.date(WeekdayCalendar.ceiling(d));
    }

    private static void checkRange(PriceTable prices, BacktestConfig c) {
        if (!(c.initialCash() > 0) || Double.isInfinite(c.initialCash())) {
            throw new EngineInputException("initial_cash: must be a positive amount, got " + c.initialCash());
        }
        if (c.start().isAfter(c.end())) {
            throw new EngineInputException("start: " + c.start() + " is after end " + c.end()
                    + "; swap them or move one");
        }
        if (WeekdayCalendar.ceiling(c.start()) > WeekdayCalendar.floor(c.end())) {
            throw new EngineInputException("start/end: no weekday between " + c.start() + " and " + c.end()
                    + "; widen the range to include a Monday to Friday");
        }
        if (c.start().isBefore(prices.firstDate())) {
            throw new EngineInputException("start: " + c.start() + " is before the first price in the data ("
                    + prices.firstDate() + "); start on or after " + prices.firstDate());
        }
        if (c.end().isAfter(prices.lastDate())) {
            throw new EngineInputException("end: " + c.end() + " is after the last price in the data ("
                    + prices.lastDate() + "); end on or before " + prices.lastDate());
        }
        c.burnIn().ifPresent(b -> {
            if (b.isBefore(c.start()) || b.isAfter(c.end())) {
                throw new EngineInputException("burn_in: " + b + " lies outside the run " + c.start() + " .. "
                        + c.end() + "; choose a date between start and end");
            }
            if (WeekdayCalendar.ceiling(b) > WeekdayCalendar.floor(c.end())) {
                throw new EngineInputException("burn_in: no weekday between " + b + " and end " + c.end()
                        + ", so nothing would be recorded; move burn_in earlier");
            }
        });
    }

    private static void checkUniverse(PriceTable prices, BacktestConfig c) {
        if (c.universe().joins().isEmpty()) {
            throw new EngineInputException("universe: no symbols; list at least one");
        }
        LocalDate first = firstWeekday(c.start());
        for (Map.Entry<String, Optional<LocalDate>> e : c.universe().joins().entrySet()) {
            String s = e.getKey();
            requireLoaded(prices, s, "universe");
            LocalDate needed = e.getValue().filter(j -> j.isAfter(c.start())).map(ConfigValidator::firstWeekday)
                    .orElse(first);
            if (prices.firstDate(s).isAfter(needed)) {
                String when = needed.equals(first) ? "the run starts " + first : s + " joins on " + needed;
                throw new EngineInputException("universe." + s + ": prices start " + prices.firstDate(s) + " ("
                        + prices.origin(s) + ") but " + when + "; start the run (or let " + s
                        + " join) on or after " + prices.firstDate(s));
            }
        }
    }

    private static void requireLoaded(PriceTable prices, String symbol, String field) {
        if (!prices.contains(symbol)) {
            throw new EngineInputException(field + ": no prices loaded for " + symbol + " (known: "
                    + String.join(", ", prices.symbols()) + "); add " + symbol + ".csv to the data or remove "
                    + symbol);
        }
    }

    private static void checkAlpha(PriceTable prices, BacktestConfig c) {
        if (c.alpha() instanceof AlphaConfig.FixedWeights fw) {
            boolean longOnly = c.sizing() instanceof SizingConfig.LongOnly;
            for (Map.Entry<String, Double> e : fw.weights().entrySet()) {
                String s = e.getKey();
                String field = "alpha.weights." + s;
                requireLoaded(prices, s, field);
                if (!c.universe().joins().containsKey(s)) {
                    throw new EngineInputException(field + ": " + s + " is not in the universe ("
                            + String.join(", ", c.universe().symbols()) + "); add it to the universe");
                }
                double w = e.getValue();
                if (!Double.isFinite(w)) {
                    throw new EngineInputException(field + ": weight must be a finite number, got " + w);
                }
                if (w < 0 && longOnly) {
                    throw new EngineInputException(field + ": weight " + w + " is negative but sizing is long-only;"
                            + " use long-short sizing with a gross leverage, or a weight of 0 or more");
                }
                // Fixed weights ignore join dates (as QSTrader's), so a price is needed from the start.
                if (w != 0 && prices.firstDate(s).isAfter(firstWeekday(c.start()))) {
                    throw new EngineInputException(field + ": prices start " + prices.firstDate(s) + " ("
                            + prices.origin(s) + ") after the run starts " + firstWeekday(c.start())
                            + "; start on or after " + prices.firstDate(s));
                }
            }
        } else if (c.alpha() instanceof AlphaConfig.MomentumTopN m) {
            long runDays = WeekdayCalendar.floor(c.end()) - WeekdayCalendar.ceiling(c.start()) + 1;
            if (m.lookback() < 1 || m.lookback() > runDays) {
                throw new EngineInputException("alpha.lookback: " + m.lookback() + " is out of range; use 1 to "
                        + runDays + " (the weekdays from start to end), or the strategy never trades");
            }
            int n = c.universe().joins().size();
            if (m.topN() < 1 || m.topN() > n) {
                throw new EngineInputException("alpha.top_n: " + m.topN() + " is out of range; use 1 to " + n
                        + " (the universe size)");
            }
        }
    }

    private static void checkSizingAndFees(BacktestConfig c) {
        if (c.sizing() instanceof SizingConfig.LongOnly lo) {
            if (!(lo.cashBuffer() >= 0 && lo.cashBuffer() < 1)) {
                throw new EngineInputException("sizing.cash_buffer: " + lo.cashBuffer()
                        + " is out of range; use a fraction from 0 up to (not including) 1, e.g. 0.01");
            }
        } else if (c.sizing() instanceof SizingConfig.LongShort ls) {
            if (!(ls.grossLeverage() > 0) || Double.isInfinite(ls.grossLeverage())) {
                throw new EngineInputException("sizing.gross_leverage: " + ls.grossLeverage()
                        + " must be a positive number, e.g. 1.0");
            }
        }
        if (c.fees() instanceof FeeConfig.Percent p) {
            if (!(p.commission() >= 0) || Double.isInfinite(p.commission())) {
                throw new EngineInputException("fees.commission: " + p.commission()
                        + " must be a fraction of 0 or more (0.001 = 0.1%)");
            }
            if (!(p.tax() >= 0) || Double.isInfinite(p.tax())) {
                throw new EngineInputException("fees.tax: " + p.tax() + " must be a fraction of 0 or more (0.005 = 0.5%)");
            }
        }
    }

    private static void checkRebalance(BacktestConfig c) {
        if (c.rebalance() instanceof RebalanceConfig.Weekly w) {
            DayOfWeek d = w.weekday();
            if (d == null || d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
                throw new EngineInputException("rebalance.weekday: " + d + " is not a trading day; use MONDAY to FRIDAY");
            }
        }
    }

    private static void checkBenchmark(PriceTable prices, BacktestConfig c, String symbol) {
        requireLoaded(prices, symbol, "benchmark");
        LocalDate from = firstWeekday(c.burnIn().orElse(c.start()));
        if (prices.firstDate(symbol).isAfter(from)) {
            throw new EngineInputException("benchmark: prices of " + symbol + " start " + prices.firstDate(symbol)
                    + " (" + prices.origin(symbol) + ") but the benchmark buys on " + from
                    + "; choose another benchmark or start later");
        }
    }
}
