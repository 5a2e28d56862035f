package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private final ClusterPlanner planner = new ClusterPlanner(new FixtureCatalogue());
    private final PlanRequest request = new PlanRequest(4, "fast", CoolingChoice.FAN, NetworkChoice.ETHERNET,
            StorageChoice.SD, PowerChoice.PSU, new BigDecimal("0.30"), 0.25);

    private static JsonNode parse(ClusterPlan plan) throws Exception {
        return new ObjectMapper().readTree(PlanJson.text(plan));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelKeysAreTheContractThenTheExtras() throws Exception {
        JsonNode root = parse(planner.plan(request));
        List<String> expected = new ArrayList<>(List.of("bill_of_materials", "cost_usd", "price_date", "power_idle_w",
                "power_load_w", "yearly_kwh", "thermal", "sweep_estimate"));
        expected.addAll(List.of("energy", "notes", "request"));
        assertEquals(expected, keys(root));
    }

    @Test
    void billLinesHaveItemQtyAndUnitPrice() throws Exception {
        JsonNode root = parse(planner.plan(request));
        JsonNode first = root.get("bill_of_materials").get(0);
        assertEquals(List.of("item", "qty", "unit_usd"), keys(first));
        assertEquals("Fast board", first.get("item").asText());
        assertEquals(4, first.get("qty").asInt());
        assertEquals(0, new BigDecimal("70").compareTo(first.get("unit_usd").decimalValue()));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : root.get("bill_of_materials")) {
            sum = sum.add(line.get("unit_usd").decimalValue().multiply(BigDecimal.valueOf(line.get("qty").asInt())));
        }
        assertEquals(0, sum.compareTo(root.get("cost_usd").decimalValue()));
    }

    @Test
    void figuresAreNumbersAndSweepIsNullWithoutASweep() throws Exception {
        JsonNode root = parse(planner.plan(request));
        assertEquals("2026-02-01", root.get("price_date").asText());
        assertEquals(4 * 3.5 + 3, root.get("power_idle_w").asDouble(), 1e-9);
        assertEquals(4 * 7.5 + 3, root.get("power_load_w").asDouble(), 1e-9);
        assertEquals(Math.round((4 * 7.5 + 3) * 87.6) / 10.0, root.get("yearly_kwh").asDouble(), 1e-9);
        assertTrue(root.get("sweep_estimate").isNull());
        JsonNode thermal = root.get("thermal");
        assertEquals("fan", thermal.get("cooling").asText());
        assertEquals(false, thermal.get("throttles").asBoolean());
        assertEquals(1.0, thermal.get("effective_speed").asDouble());
    }

    @Test
    void sweepEstimateCarriesTheTiming() throws Exception {
        SweepWorkload work = new SweepWorkload(20, 40_000, 3, "20 variants");
        JsonNode sweep = parse(planner.plan(request, Optional.of(work), new LaptopSpeed(1e-6, 0.5, "test", false), 2))
                .get("sweep_estimate");
        assertEquals(20, sweep.get("variants").asInt());
        assertEquals(16, sweep.get("slots").asInt());
        assertEquals(2, sweep.get("waves").asInt());
        assertTrue(sweep.get("cluster_seconds").asDouble() > 0);
        assertTrue(sweep.get("laptop_seconds").asDouble() > 0);
    }
}
