package org.pilab.engine.universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pilab.engine.Universe;
import org.pilab.engine.data.WeekdayCalendar;

/**
 * Which assets a run may hold on each of its weekdays. A static asset is there from the start;
 * a dynamic one from its join date (from 00:00, so already at that day's open and close).
 * Assets are numbered alphabetically.
 */
public final class AssetUniverse {

    /** Run day of an asset whose join date lies after any run could end. */
    public static final int NEVER = Integer.MAX_VALUE;

    private final List<String> symbols;
    private final int[] entryRunDay;
    private final int[] signalOrder;

    private AssetUniverse(List<String> symbols, int[] entryRunDay) {
        this.symbols = List.copyOf(symbols);
        this.entryRunDay = entryRunDay;
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < entryRunDay.length; a++) {
            order.add(a);
        }
        // Assets present at the start come first, then joiners as they join (QSTrader appends
        // them to its signal lists then); ties stay alphabetical.
        order.sort(Comparator.comparingInt((Integer a) -> entryRunDay[a]).thenComparingInt(a -> a));
        this.signalOrder = order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The universe of a run starting at {@code start}. */
    public static AssetUniverse of(Universe universe, LocalDate start) {
        List<String> symbols = universe.symbols();
        int[] entry = new int[symbols.size()];
        long first = WeekdayCalendar.ceiling(start);
        for (int a = 0; a < entry.length; a++) {
            Optional<LocalDate> join = universe.joins().get(symbols.get(a));
            long offset = join.map(d -> WeekdayCalendar.ceiling(d) - first).orElse(0L);
            entry[a] = (int) Math.min(NEVER, Math.max(0L, offset));
        }
        return new AssetUniverse(symbols, entry);
    }

    /** Every asset present from the start. */
    public static AssetUniverse fixed(List<String> symbols) {
        return new AssetUniverse(symbols, new int[symbols.size()]);
    }

    public List<String> symbols() {
        return symbols;
    }

    public int size() {
        return entryRunDay.length;
    }

    public boolean isActive(int asset, int runDay) {
        return runDay >= entryRunDay[asset];
    }

    /** The first run day the asset belongs to the universe. */
    public int entryRunDay(int asset) {
        return entryRunDay[asset];
    }

    /** Assets in the order their signals were created: starters alphabetically, then joiners. */
    public int[] signalOrder() {
        return signalOrder.clone();
    }
}
