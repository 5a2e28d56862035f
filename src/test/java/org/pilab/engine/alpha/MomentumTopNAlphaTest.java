package org.pilab.engine.alpha;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pilab.engine.Universe;
import org.pilab.engine.data.DailyBar;
import org.pilab.engine.data.PriceTable;
import org.pilab.engine.universe.AssetUniverse;

class MomentumTopNAlphaTest {

    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

    /** Ten weekdays from Monday 2021-03-01; DDD joins the universe on Tuesday 03-09 (run day 6). */
    private static final double[][] CLOSES = {
        {10, 11, 12, 13, 14, 15, 16, 17, 18, 19},   // AAA rising
        {10, 10, 10, 10, 10, 10, 10, 10, 10, 10},   // BBB flat
        {20, 19, 18, 17, 16, 15, 14, 13, 12, 11},   // CCC falling
        {5, 5, 5, 5, 5, 5, 10, 20, 40, 80},         // DDD soaring once it joins
    };
    private static final List<String> SYMBOLS = List.of("AAA", "BBB", "CCC", "DDD");

    private static MomentumTopNAlpha alpha() {
        Map<String, List<DailyBar>> bars = new TreeMap<>();
        for (int s = 0; s < SYMBOLS.size(); s++) {
            List<DailyBar> list = new ArrayList<>();
            for (int d = 0; d < 10; d++) {
                LocalDate date = MONDAY.plusDays(d < 5 ? d : d + 2);
                list.add(new DailyBar(date, CLOSES[s][d], CLOSES[s][d], CLOSES[s][d]));
            }
            bars.put(SYMBOLS.get(s), list);
        }
        PriceTable prices = PriceTable.of(bars);
        Map<String, Optional<LocalDate>> joins = new TreeMap<>();
        SYMBOLS.forEach(s -> joins.put(s, Optional.empty()));
        joins.put("DDD", Optional.of(LocalDate.of(2021, 3, 9)));
        AssetUniverse universe = AssetUniverse.of(new Universe(joins), MONDAY);
        return new MomentumTopNAlpha(prices, new int[] {0, 1, 2, 3}, universe, 0, 2, 2);
    }

    private static double[] weightsAtClose(MomentumTopNAlpha alpha, int runDay) {
        double[] out = new double[4];
        alpha.weights(runDay, runDay + 1, runDay, out);
        return out;
    }

    @Test
    void holdsNothingUntilLookbackClosesHaveBeenSeen() {
        assertArrayEquals(new double[] {0, 0, 0, 0}, weightsAtClose(alpha(), 0));
    }

    @Test
    void equalWeightsOnTheTopNByMomentum() {
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, weightsAtClose(alpha(), 1));
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, weightsAtClose(alpha(), 5));
    }

    @Test
    void aJoinerRanksOnItsShortHistoryAndTiesKeepStartersFirst() {
        // Run day 6: DDD has one close, momentum 0, tied with BBB; BBB was there first.
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, weightsAtClose(alpha(), 6));
        // Run day 7: DDD doubled since joining and leads.
        assertArrayEquals(new double[] {0.5, 0, 0, 0.5}, weightsAtClose(alpha(), 7));
    }
}
