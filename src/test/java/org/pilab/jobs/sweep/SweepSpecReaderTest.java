package org.pilab.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pilab.jobs.spec.SpecException;

class SweepSpecReaderTest {

    private static final String BASE = """
            {"title": "momentum", "data_dir": "datasets/sectors", "start": "2006-01-02", "end": "2015-12-31",
             "alpha": {"type": "momentum_top_n", "lookback": 126, "top_n": 3},
             "rebalance": {"frequency": "end_of_month"}}""";

    private static SweepSpec parse(String grid) {
        return parse(grid, false);
    }

    private static SweepSpec parse(String grid, boolean force) {
        String json = "{\"base\": " + BASE + ",\n \"grid\": " + grid + "}";
        return new SweepSpecReader().parse(json, "sweep.json", null, force);
    }

    private static SpecException failure(String grid) {
        return assertThrows(SpecException.class, () -> parse(grid));
    }

    @Test
    void lastAxisVariesFastest() {
        SweepSpec spec = parse("{\"alpha.lookback\": [21, 63], \"alpha.top_n\": [1, 2, 3]}");
        assertEquals(6, spec.size());
        assertEquals("alpha.lookback=21 alpha.top_n=1", spec.variant(0).label());
        assertEquals("alpha.lookback=21 alpha.top_n=2", spec.variant(1).label());
        assertEquals("alpha.lookback=63 alpha.top_n=1", spec.variant(3).label());
        assertEquals("alpha.lookback=63 alpha.top_n=3", spec.variant(5).label());
    }

    @Test
    void variantSpecCarriesItsValuesAndLeavesTheBaseAlone() {
        SweepSpec spec = parse("{\"alpha.lookback\": [21, 63], \"rebalance.frequency\": [\"end_of_month\", \"weekly\"]}");
        Variant v = spec.variant(3);
        assertEquals(63, v.spec().at("/alpha/lookback").asInt());
        assertEquals("weekly", v.spec().at("/rebalance/frequency").asText());
        assertEquals(3, v.spec().at("/alpha/top_n").asInt());
        assertEquals(126, spec.base().at("/alpha/lookback").asInt());
    }

    @Test
    void everyTaskIsADistinctVariant() {
        SweepSpec spec = parse("{\"alpha.lookback\": {\"from\": 21, \"to\": 252, \"step\": 21}, "
                + "\"alpha.top_n\": [1, 2, 3, 4]}");
        assertEquals(12 * 4, spec.size());
        Set<String> labels = new HashSet<>();
        for (int t = 0; t < spec.size(); t++) {
            labels.add(spec.variant(t).label());
        }
        assertEquals(48, labels.size());
    }

    @Test
    void decimalRangesHaveNoBinaryDrift() {
        SweepSpec spec = parse("{\"alpha.lookback\": [21], \"alpha.top_n\": {\"from\": 0.1, \"to\": 0.3, \"step\": 0.1}}");
        List<Double> values = spec.axes().get(1).values().stream().map(n -> n.asDouble()).toList();
        assertEquals(List.of(0.1, 0.2, 0.3), values);
    }

    @Test
    void unknownPathNamesLineAndExistingPaths() {
        SpecException e = failure("{\"alpha.lookbak\": [21]}");
        assertTrue(e.getMessage().startsWith("sweep.json:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("alpha.lookbak"), e.getMessage());
        assertTrue(e.getMessage().contains("alpha.lookback"), e.getMessage());
    }

    @Test
    void emptyListIsRejected() {
        assertTrue(failure("{\"alpha.lookback\": []}").getMessage().contains("empty list"));
    }

    @Test
    void badRangesAreRejected() {
        assertTrue(failure("{\"alpha.lookback\": {\"from\": 5, \"to\": 1, \"step\": 1}}").getMessage().contains("to < from"));
        assertTrue(failure("{\"alpha.lookback\": {\"from\": 1, \"to\": 5, \"step\": 0}}").getMessage().contains("positive step"));
        assertTrue(failure("{\"alpha.lookback\": {\"from\": 1, \"to\": 5}}").getMessage().contains("\"step\""));
    }

    @Test
    void hugeGridNeedsForce() {
        String grid = "{\"alpha.lookback\": {\"from\": 1, \"to\": 1000, \"step\": 1}, "
                + "\"alpha.top_n\": {\"from\": 1, \"to\": 101, \"step\": 1}}";
        SpecException e = failure(grid);
        assertTrue(e.getMessage().contains("101000 variants"), e.getMessage());
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals(101_000, parse(grid, true).size());
    }

    @Test
    void unknownTopLevelKeyIsRejected() {
        SpecException e = assertThrows(SpecException.class, () -> new SweepSpecReader()
                .parse("{\"base\": " + BASE + ", \"grid\": {\"alpha.top_n\": [1]}, \"gird\": 1}", "s.json", null, false));
        assertTrue(e.getMessage().contains("unknown key \"gird\""), e.getMessage());
    }

    @Test
    void taskOutsideTheSweepIsRejected() {
        SweepSpec spec = parse("{\"alpha.top_n\": [1, 2]}");
        assertThrows(IllegalArgumentException.class, () -> spec.variant(2));
        assertThrows(IllegalArgumentException.class, () -> spec.variant(-1));
    }

    @Test
    void invalidJsonNamesTheLine() {
        SpecException e = assertThrows(SpecException.class,
                () -> new SweepSpecReader().parse("{\n\"base\": {,\n}", "bad.json", null, false));
        assertTrue(e.getMessage().startsWith("bad.json:2:"), e.getMessage());
    }
}
