package org.pilab.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pilab.engine.EngineInputException;

/**
 * Adjusted prices of several symbols on one weekday calendar (Monday to Friday, no holidays),
 * stored column-wise as one {@code double[]} per symbol for the open and the close instant.
 *
 * <p>Each cell already holds the last known price at that instant, as QSTrader's look-ups do:
 * on a weekday without a bar (a holiday) both the open and the close see the previous adjusted
 * close; before a symbol's first bar there is no price (NaN). Immutable after construction, so
 * one table can serve many backtests on many threads.</p>
 */
public final class PriceTable {

    /** Market open and close instants (UTC) of every weekday. */
    public static final LocalTime OPEN = LocalTime.of(14, 30);
    public static final LocalTime CLOSE = LocalTime.of(21, 0);

    private final List<String> symbols;
    private final Map<String, Integer> columns;
    private final String[] origins;
    private final long firstIndex;
    private final int days;
    private final double[][] open;
    private final double[][] close;
    private final BitSet[] hasBar;
    private final LocalDate[] firstBar;
    private final LocalDate[] lastBar;
    private final LocalDate first;
    private final LocalDate last;

    private PriceTable(Map<String, List<DailyBar>> barsBySymbol, Map<String, String> originBySymbol) {
        this.symbols = List.copyOf(barsBySymbol.keySet());
        int n = symbols.size();
        this.columns = new HashMap<>();
        this.origins = new String[n];
        this.firstBar = new LocalDate[n];
        this.lastBar = new LocalDate[n];
        LocalDate lo = null;
        LocalDate hi = null;
        for (int c = 0; c < n; c++) {
            String s = symbols.get(c);
            columns.put(s, c);
            origins[c] = originBySymbol.getOrDefault(s, s);
            List<DailyBar> bars = barsBySymbol.get(s);
            firstBar[c] = bars.get(0).date();
            lastBar[c] = bars.get(bars.size() - 1).date();
            lo = lo == null || firstBar[c].isBefore(lo) ? firstBar[c] : lo;
            hi = hi == null || lastBar[c].isAfter(hi) ? lastBar[c] : hi;
        }
        this.first = lo;
        this.last = hi;
        this.firstIndex = WeekdayCalendar.ceiling(lo);
        this.days = (int) Math.max(0, WeekdayCalendar.floor(hi) - firstIndex + 1);
        this.open = new double[n][];
        this.close = new double[n][];
        this.hasBar = new BitSet[n];
        for (int c = 0; c < n; c++) {
            fillColumn(c, barsBySymbol.get(symbols.get(c)));
        }
    }

    /**
     * Loads {@code symbols} from {@code source}; a missing or malformed file raises an
     * {@link EngineInputException} naming the file and line.
     */
    public static PriceTable load(PriceSource source, Collection<String> symbols) {
        if (symbols.isEmpty()) {
            throw new EngineInputException("symbols: no symbols to load; name at least one");
        }
        Map<String, List<DailyBar>> bars = new TreeMap<>();
        Map<String, String> origins = new HashMap<>();
        for (String symbol : new TreeSet<>(symbols)) {
            String origin = source.describe(symbol);
            try (Reader in = source.open(symbol)) {
                bars.put(symbol, YahooCsvReader.read(in, origin));
            } catch (NoSuchFileException e) {
                throw new EngineInputException("No prices for " + symbol + ": " + origin
                        + " does not exist; add the file or remove " + symbol + " from the configuration", e);
            } catch (IOException e) {
                throw new EngineInputException("Cannot read prices for " + symbol + " from " + origin
                        + ": " + e.getMessage() + "; check the file exists and is readable", e);
            }
            origins.put(symbol, origin);
        }
        return new PriceTable(bars, origins);
    }

    /** Builds a table from bars already in memory (e.g. generated data); each list needs a bar. */
    public static PriceTable of(Map<String, List<DailyBar>> barsBySymbol) {
        if (barsBySymbol.isEmpty()) {
            throw new EngineInputException("symbols: no symbols given; name at least one");
        }
        Map<String, List<DailyBar>> sorted = new TreeMap<>();
        barsBySymbol.forEach((symbol, bars) -> {
            if (bars.isEmpty()) {
                throw new EngineInputException(symbol + ": no bars; give at least one day of prices");
            }
            List<DailyBar> copy = new ArrayList<>(bars);
            copy.sort((a, b) -> a.date().compareTo(b.date()));
            for (int i = 1; i < copy.size(); i++) {
                if (copy.get(i).date().equals(copy.get(i - 1).date())) {
                    throw new EngineInputException(symbol + ": date " + copy.get(i).date()
                            + " appears twice; keep one bar per date");
                }
            }
            sorted.put(symbol, copy);
        });
        return new PriceTable(sorted, Map.of());
    }

    private void fillColumn(int c, List<DailyBar> bars) {
        double[] o = new double[days];
        double[] cl = new double[days];
        BitSet present = new BitSet(days);
        double lastClose = Double.NaN;
        int p = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = WeekdayCalendar.date(firstIndex + d);
            // Bars dated before this weekday (including any weekend bars) set the last known price.
            while (p < bars.size() && bars.get(p).date().isBefore(date)) {
                lastClose = bars.get(p).adjClose();
                p++;
            }
            if (p < bars.size() && bars.get(p).date().equals(date)) {
                DailyBar bar = bars.get(p++);
                o[d] = bar.adjustedOpen();
                cl[d] = bar.adjClose();
                lastClose = cl[d];
                present.set(d);
            } else {
                o[d] = lastClose;
                cl[d] = lastClose;
            }
        }
        open[c] = o;
        close[c] = cl;
        hasBar[c] = present;
    }

    /** Symbols in alphabetical order; a symbol's position is its column. */
    public List<String> symbols() {
        return symbols;
    }

    public boolean contains(String symbol) {
        return columns.containsKey(symbol);
    }

    /** The column of {@code symbol}; an unknown symbol raises an {@link EngineInputException}. */
    public int column(String symbol) {
        Integer c = columns.get(symbol);
        if (c == null) {
            throw new EngineInputException(symbol + ": no prices loaded for this symbol; load "
                    + symbol + ".csv or remove the symbol");
        }
        return c;
    }

    /** The file (or other origin) the symbol's prices came from. */
    public String origin(String symbol) {
        return origins[column(symbol)];
    }

    /** The earliest bar date of any symbol. */
    public LocalDate firstDate() {
        return first;
    }

    /** The latest bar date of any symbol. */
    public LocalDate lastDate() {
        return last;
    }

    public LocalDate firstDate(String symbol) {
        return firstBar[column(symbol)];
    }

    public LocalDate lastDate(String symbol) {
        return lastBar[column(symbol)];
    }

    /** Number of weekday rows. */
    public int dayCount() {
        return days;
    }

    /** The date of row {@code day}. */
    public LocalDate date(int day) {
        return WeekdayCalendar.date(firstIndex + day);
    }

    /** The row of {@code date}, or of the next weekday if it is a weekend; may lie outside the table. */
    public int dayOnOrAfter(LocalDate date) {
        return (int) (WeekdayCalendar.ceiling(date) - firstIndex);
    }

    /** The row of {@code date}, or of the previous weekday if it is a weekend; may lie outside the table. */
    public int dayOnOrBefore(LocalDate date) {
        return (int) (WeekdayCalendar.floor(date) - firstIndex);
    }

    /** Adjusted price at the market open of row {@code day} (last known price; NaN before the first bar). */
    public double open(int column, int day) {
        return open[column][day];
    }

    /** Adjusted price at the market close of row {@code day} (last known price; NaN before the first bar). */
    public double close(int column, int day) {
        return close[column][day];
    }

    /** Whether the symbol has its own bar on row {@code day} (false on its holidays). */
    public boolean hasBar(int column, int day) {
        return hasBar[column].get(day);
    }

    /**
     * The last known adjusted price of {@code symbol} at {@code instant} (UTC): the open price
     * from 14:30, the close from 21:00, otherwise the previous close; NaN before the first bar.
     */
    public double priceAt(String symbol, LocalDateTime instant) {
        int c = column(symbol);
        LocalDate date = instant.toLocalDate();
        int day = dayOnOrBefore(date);
        boolean sameDay = WeekdayCalendar.isWeekday(date);
        if (sameDay && instant.toLocalTime().isBefore(OPEN)) {
            day--;
            sameDay = false;
        }
        if (day < 0) {
            return Double.NaN;
        }
        if (day >= days) {
            return close[c][days - 1];
        }
        if (sameDay && instant.toLocalTime().isBefore(CLOSE)) {
            return open[c][day];
        }
        return close[c][day];
    }
}
