package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterPlannerTest {

    private final ClusterPlanner planner = new ClusterPlanner(new FixtureCatalogue());

    private static PlanRequest request(int nodes, String model, CoolingChoice cooling, NetworkChoice network,
            PowerChoice power) {
        return new PlanRequest(nodes, model, cooling, network, StorageChoice.SD, power, new BigDecimal("0.30"), 0.25);
    }

    private static PlanRequest wired(int nodes) {
        return request(nodes, "fast", CoolingChoice.FAN, NetworkChoice.ETHERNET, PowerChoice.PSU);
    }

    private static Map<String, Integer> quantities(ClusterPlan plan) {
        return plan.bom().lines().stream().collect(Collectors.toMap(BomLine::item, BomLine::qty));
    }

    @Test
    void billTotalIsTheSumOfItsLines() {
        ClusterPlan plan = planner.plan(wired(4));
        // 4 x (70 + 8 + 8 + 5) + 15 (5-port switch) + 5 x 2 (cables) + 25 (one stack)
        assertEquals(new BigDecimal("414.00"), plan.bom().totalUsd());
        BigDecimal sum = BigDecimal.ZERO;
        for (BomLine line : plan.bom().lines()) {
            sum = sum.add(line.unitUsd().multiply(BigDecimal.valueOf(line.qty())));
        }
        assertEquals(0, sum.compareTo(plan.bom().totalUsd()));
    }

    @Test
    void billHasOneOfEachPerNodeOneUplinkCableAndOneCasePerFourNodes() {
        Map<String, Integer> q = quantities(planner.plan(wired(6)));
        assertEquals(6, q.get("Fast board"));
        assertEquals(6, q.get("supply"));
        assertEquals(6, q.get("card"));
        assertEquals(6, q.get("fan"));
        assertEquals(1, q.get("8-port switch"));   // 7 ports needed: one 8-port beats two 5-ports
        assertEquals(7, q.get("cable"));
        assertEquals(2, q.get("4-node stack"));
    }

    @Test
    void eightNodesCascadeTwoSwitchesWithALinkCable() {
        Map<String, Integer> q = quantities(planner.plan(wired(8)));
        assertEquals(2, q.get("8-port switch"));   // 9 ports: 2 x 8 - 2 = 14 usable
        assertEquals(8 + 1 + 1, q.get("cable"));
    }

    @Test
    void priceDateIsTheNewestPriceUsed() {
        assertEquals("2026-02-01", planner.plan(wired(4)).bom().priceDate());
        ClusterPlan tiny = planner.plan(request(2, "tiny", CoolingChoice.NONE, NetworkChoice.WIFI, PowerChoice.PSU));
        assertEquals("2025-06-01", tiny.bom().priceDate());
    }

    @Test
    void powerIsNodesTimesTheBoardPlusFanPlusSwitch() {
        ClusterPlan plan = planner.plan(wired(4));
        assertEquals(4 * (3.0 + 0.5) + 3, plan.power().idleW(), 1e-9);
        assertEquals(4 * (7.0 + 0.5) + 3, plan.power().loadW(), 1e-9);
        ClusterPlan wifi = planner.plan(request(4, "fast", CoolingChoice.NONE, NetworkChoice.WIFI, PowerChoice.PSU));
        assertEquals(4 * 7.0, wifi.power().loadW(), 1e-9, "no switch on Wi-Fi");
        assertEquals(wifi.power().loadW() * 8.76, wifi.energy().yearlyKwhFullLoad(), 1e-9);
    }

    @Test
    void poeSwapsSuppliesForHatsAndAPoeSwitch() {
        Map<String, Integer> q = quantities(planner.plan(request(4, "fast", CoolingChoice.FAN, NetworkChoice.ETHERNET,
                PowerChoice.POE)));
        assertEquals(4, q.get("PoE HAT"));
        assertEquals(1, q.get("8-port PoE switch"));
        assertTrue(!q.containsKey("supply") && !q.containsKey("5-port switch"), q.toString());
    }

    @Test
    void impossibleCombinationsAreRefusedWithWhatToDo() {
        PlanInputException poe = assertThrows(PlanInputException.class, () -> planner.plan(
                request(4, "tiny", CoolingChoice.NONE, NetworkChoice.WIFI, PowerChoice.POE)));
        assertTrue(poe.getMessage().contains("--power psu"), poe.getMessage());
        PlanInputException eth = assertThrows(PlanInputException.class, () -> planner.plan(
                request(4, "tiny", CoolingChoice.NONE, NetworkChoice.ETHERNET, PowerChoice.PSU)));
        assertTrue(eth.getMessage().contains("--network wifi"), eth.getMessage());
    }

    @Test
    void unknownModelListsTheValidIds() {
        PlanInputException e = assertThrows(PlanInputException.class, () -> planner.plan(
                request(4, "pi9", CoolingChoice.FAN, NetworkChoice.ETHERNET, PowerChoice.PSU)));
        assertEquals("unknown model \"pi9\"; valid models: fast, tiny", e.getMessage());
    }

    @Test
    void requestRangesAreChecked() {
        assertThrows(PlanInputException.class, () -> wired(0));
        assertThrows(PlanInputException.class, () -> wired(65));
        PlanInputException price = assertThrows(PlanInputException.class, () -> new PlanRequest(4, "fast",
                CoolingChoice.FAN, NetworkChoice.ETHERNET, StorageChoice.SD, PowerChoice.PSU, new BigDecimal("-0.1"),
                0.25));
        assertTrue(price.getMessage().startsWith("--kwh-price"), price.getMessage());
    }

    @Test
    void partsTheCatalogueLacksAreNamedNotGuessed() {
        ClusterPlan plan = planner.plan(request(2, "tiny", CoolingChoice.FAN, NetworkChoice.WIFI, PowerChoice.PSU));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("fan")), plan.notes().toString());
        assertTrue(plan.bom().lines().stream().noneMatch(l -> l.item().contains("fan")));
    }

    @Test
    void sweepUsesTheThermalVerdictAndTheChosenLink() {
        SweepWorkload work = new SweepWorkload(32, 40_000, 10, "test");
        LaptopSpeed laptop = new LaptopSpeed(1e-6, 0.5, "test", false);
        ClusterPlan cool = planner.plan(wired(4), Optional.of(work), laptop, 4);
        ClusterPlan hot = planner.plan(request(4, "fast", CoolingChoice.NONE, NetworkChoice.ETHERNET,
                PowerChoice.PSU), Optional.of(work), laptop, 4);
        ClusterPlan wifi = planner.plan(request(4, "fast", CoolingChoice.FAN, NetworkChoice.WIFI,
                PowerChoice.PSU), Optional.of(work), laptop, 4);
        double laptopPerVariant = 0.5 + 40_000 * 1e-6;
        assertEquals(laptopPerVariant * 10, cool.sweep().orElseThrow().piSecondsPerVariant(), 1e-9);
        assertEquals(laptopPerVariant * 10 * 1.5, hot.sweep().orElseThrow().piSecondsPerVariant(), 1e-9);
        assertEquals(4 * 80 / 900.0, cool.sweep().orElseThrow().stagingSeconds(), 1e-9);
        assertEquals(4 * 80 / 100.0, wifi.sweep().orElseThrow().stagingSeconds(), 1e-9);
    }

    @Test
    void scenarioListsEveryPlannedNode() {
        List<ScenarioFile.Node> nodes = planner.plan(wired(3)).scenarioNodes();
        assertEquals(List.of(new ScenarioFile.Node("pi01", "fast", "fan", "ethernet"),
                new ScenarioFile.Node("pi02", "fast", "fan", "ethernet"),
                new ScenarioFile.Node("pi03", "fast", "fan", "ethernet")), nodes);
    }
}
