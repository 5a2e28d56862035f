package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilab.hardware.Accessory;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;

/** The planner on the project's real catalogue: its figures flow through unchanged. */
class CataloguePlanTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private final CatalogueView view = new CatalogueView(CATALOGUE);
    private final ClusterPlanner planner = new ClusterPlanner(view);

    private static PlanRequest request(int nodes, String model, CoolingChoice cooling) {
        return new PlanRequest(nodes, model, cooling, NetworkChoice.ETHERNET, StorageChoice.SD, PowerChoice.PSU,
                new BigDecimal("0.30"), 0.25);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 8, 16})
    void powerIsNodesTimesTheCatalogueFigurePlusFansPlusSwitches(int nodes) {
        PiModel pi4 = CATALOGUE.model("pi4-4gb");
        ClusterPlan plan = planner.plan(request(nodes, "pi4-4gb", CoolingChoice.NONE));
        double switchW = plan.bom().lines().stream()
                .flatMap(line -> CATALOGUE.accessories().stream()
                        .filter(a -> a.name().equals(line.item()) && a.id().startsWith("switch"))
                        .map(a -> a.powerW() * line.qty()))
                .mapToDouble(Double::doubleValue).sum();
        assertTrue(switchW > 0, "a wired plan has a switch that draws power");
        assertEquals(nodes * pi4.power().idleW() + switchW, plan.power().idleW(), 1e-9);
        assertEquals(nodes * pi4.power().loadW() + switchW, plan.power().loadW(), 1e-9);
    }

    @Test
    void aFanAddsItsOwnDrawPerNode() {
        Accessory fan = CATALOGUE.accessories().stream().filter(a -> a.category().equals("cooling")
                && a.fits(CATALOGUE.model("pi5-4gb").family()) && a.powerW() != null).findFirst().orElseThrow();
        double none = planner.plan(request(4, "pi5-4gb", CoolingChoice.NONE)).power().loadW();
        double fan4 = planner.plan(request(4, "pi5-4gb", CoolingChoice.FAN)).power().loadW();
        assertEquals(4 * fan.powerW(), fan4 - none, 1e-9);
    }

    @Test
    void billUsesTheLatestDatedBoardPrice() {
        PiModel pi5 = CATALOGUE.model("pi5-8gb");
        ClusterPlan plan = planner.plan(request(4, "pi5-8gb", CoolingChoice.FAN));
        BomLine boards = plan.bom().lines().get(0);
        assertEquals(pi5.displayName(), boards.item());
        assertEquals(4, boards.qty());
        assertEquals(0, BigDecimal.valueOf(pi5.latestPrice().usd()).compareTo(boards.unitUsd()));
        assertTrue(plan.bom().priceDate().compareTo(pi5.latestPrice().date()) >= 0);
    }

    @Test
    void billTotalAddsUpOnTheRealCatalogue() {
        ClusterPlan plan = planner.plan(request(8, "pi4-4gb", CoolingChoice.FAN));
        BigDecimal sum = plan.bom().lines().stream().map(l -> l.unitUsd().multiply(BigDecimal.valueOf(l.qty())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(plan.bom().totalUsd()));
    }

    @Test
    void uncooledPi4ThrottlesUnderSustainedLoadAndAFanPreventsIt() {
        ThermalVerdict none = planner.plan(request(4, "pi4-4gb", CoolingChoice.NONE)).thermal();
        ThermalVerdict heatsink = planner.plan(request(4, "pi4-4gb", CoolingChoice.HEATSINK)).thermal();
        ThermalVerdict fan = planner.plan(request(4, "pi4-4gb", CoolingChoice.FAN)).thermal();
        assertTrue(none.throttles(), none.summary());
        assertTrue(none.speedFraction() < 1, none.summary());
        assertTrue(none.steadyC() >= 80 && none.steadyC() < 85, none.summary());
        assertFalse(fan.throttles(), fan.summary());
        assertEquals(1.0, fan.speedFraction(), 1e-12);
        assertTrue(fan.steadyC() < 80, fan.summary());
        assertTrue(heatsink.speedFraction() > none.speedFraction() && heatsink.speedFraction() <= 1,
                "a heatsink sits between none and a fan: " + heatsink.summary());
    }

    @Test
    void pi5NeverThrottlesBelowItsFloor() {
        ThermalVerdict none = planner.plan(request(4, "pi5-4gb", CoolingChoice.NONE)).thermal();
        assertTrue(none.sustainedMhz() >= CATALOGUE.model("pi5-4gb").thermal().minClockMhz(), none.summary());
    }

    @Test
    void sweepTimeFollowsTheCatalogueSpeedFactors() {
        SweepWorkload work = new SweepWorkload(64, 40_000, 3, "test");
        LaptopSpeed laptop = LaptopSpeed.defaults();
        SweepEstimate pi4 = planner.plan(request(4, "pi4-4gb", CoolingChoice.FAN), Optional.of(work), laptop, 4)
                .sweep().orElseThrow();
        SweepEstimate pi5 = planner.plan(request(4, "pi5-4gb", CoolingChoice.FAN), Optional.of(work), laptop, 4)
                .sweep().orElseThrow();
        SweepEstimate pi5x8 = planner.plan(request(8, "pi5-4gb", CoolingChoice.FAN), Optional.of(work), laptop, 4)
                .sweep().orElseThrow();
        double factorRatio = CATALOGUE.model("pi4-4gb").speedFactor() / CATALOGUE.model("pi5-4gb").speedFactor();
        assertEquals(factorRatio, pi4.piSecondsPerVariant() / pi5.piSecondsPerVariant(), 1e-9);
        assertEquals(pi5.waves(), 2 * pi5x8.waves());
    }

    @Test
    void everyModelCanBePlannedWithEveryCooling() {
        for (String id : view.modelIds()) {
            BoardFigures board = view.board(id).orElseThrow();
            NetworkChoice network = board.hasEthernet() ? NetworkChoice.ETHERNET : NetworkChoice.WIFI;
            for (CoolingChoice c : CoolingChoice.values()) {
                ClusterPlan plan = planner.plan(new PlanRequest(4, id, c, network, StorageChoice.SD, PowerChoice.PSU,
                        BigDecimal.ONE, 0.5));
                assertTrue(plan.bom().totalUsd().signum() > 0, id);
                assertTrue(plan.thermal().maxMhz() == CATALOGUE.model(id).cpu().maxClockMhz(), id);
            }
        }
    }
}
