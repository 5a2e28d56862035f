package org.pilab.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SweepRankingTest {

    /** A 3 x 2 grid of noise strategies; task t's Sharpe is set so the expected order is known. */
    private static List<VariantResult> grid(int... skip) {
        SplittableRandom rnd = new SplittableRandom(3);
        List<VariantResult> out = new ArrayList<>();
        int task = 0;
        for (int lookback : new int[] {21, 63, 126}) {
            for (String freq : new String[] {"end_of_month", "weekly"}) {
                final int t = task++;
                if (java.util.Arrays.stream(skip).anyMatch(s -> s == t)) {
                    continue;
                }
                Map<String, JsonNode> params = new LinkedHashMap<>();
                params.put("alpha.lookback", IntNode.valueOf(lookback));
                params.put("rebalance.frequency", TextNode.valueOf(freq));
                double[] r = new double[300];
                for (int i = 0; i < r.length; i++) {
                    r[i] = 0.01 * DeflatedSharpeTest.gaussian(rnd);
                }
                double sharpe = (t * 7 % 6) / 10.0;
                out.add(new VariantResult(t, params, sharpe, 0.05, 0.2, 1e6 + t, r));
            }
        }
        return out;
    }

    @Test
    void ranksBySharpeDescending() {
        SweepReport report = SweepRanking.rank(grid(), 6);
        List<Double> sharpes = report.ranked().stream().map(VariantResult::sharpe).toList();
        for (int i = 1; i < sharpes.size(); i++) {
            assertTrue(sharpes.get(i - 1) >= sharpes.get(i), sharpes.toString());
        }
        assertEquals(6, report.trials());
        assertTrue(report.missingTasks().isEmpty());
    }

    @Test
    void missingTasksAreNamed() {
        SweepReport report = SweepRanking.rank(grid(2, 3, 5), 6);
        assertEquals(List.of(2, 3, 5), report.missingTasks());
        assertTrue(SweepTable.render(report, 10).contains("Missing results for tasks: 2-3,5"));
    }

    @Test
    void noiseIsFlaggedAsNotSignificant() {
        SweepReport report = SweepRanking.rank(grid(), 6);
        assertFalse(report.deflatedSharpe().significant());
        assertTrue(report.warning().orElseThrow().startsWith("WARNING: the best variant"));
        assertTrue(report.overfitting().isPresent());
    }

    @Test
    void jsonListsResultsBestFirstWithTheGuards() {
        SweepReport report = SweepRanking.rank(grid(), 6);
        JsonNode json = SweepJson.toJson(report, new ObjectMapper());
        assertEquals(6, json.get("results").size());
        assertEquals(report.best().task(), json.at("/results/0/task").asInt());
        assertTrue(json.at("/results/0/params").has("alpha.lookback"));
        assertEquals(6, json.get("trials").asInt());
        assertTrue(json.get("deflated_sharpe").isNumber());
    }

    @Test
    void heatmapPageIsSelfContained() {
        SweepReport report = SweepRanking.rank(grid(), 6);
        String html = SweepHeatmapPage.render("momentum sweep", report, "alpha.lookback", "rebalance.frequency");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(6, html.split("<rect ", -1).length - 1, "one cell per grid point");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external references");
    }

    @Test
    void compactWritesRanges() {
        assertEquals("0-2,5,7-8", SweepTable.compact(List.of(0, 1, 2, 5, 7, 8)));
    }
}
