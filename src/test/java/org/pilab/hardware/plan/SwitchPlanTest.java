package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchPlanTest {

    private static final List<SwitchFigures> ALL = List.of(FixtureCatalogue.FIVE, FixtureCatalogue.EIGHT,
            FixtureCatalogue.POE);

    @Test
    void oneSmallSwitchWhenItIsBigEnough() {
        SwitchPlan plan = SwitchPlan.cheapest(ALL, 5, false).orElseThrow();
        assertEquals(FixtureCatalogue.FIVE, plan.model());
        assertEquals(1, plan.count());
        assertEquals(0, plan.interSwitchCables());
    }

    @Test
    void cascadedSwitchesLoseTwoPortsPerLink() {
        // 9 ports: two 8-ports give 14 usable for $40; three 5-ports give 11 for $45.
        SwitchPlan nine = SwitchPlan.cheapest(ALL, 9, false).orElseThrow();
        assertEquals(FixtureCatalogue.EIGHT, nine.model());
        assertEquals(2, nine.count());
        assertEquals(10.0, nine.watts(), 1e-9);
        // 15 ports: 8-port needs ceil(13 / 6) = 3 switches.
        assertEquals(3, SwitchPlan.cheapest(List.of(FixtureCatalogue.EIGHT), 15, false).orElseThrow().count());
        assertEquals(2, SwitchPlan.cheapest(List.of(FixtureCatalogue.EIGHT), 14, false).orElseThrow().count());
    }

    @Test
    void poeNeedsAPoeSwitch() {
        assertEquals(FixtureCatalogue.POE, SwitchPlan.cheapest(ALL, 5, true).orElseThrow().model());
        assertTrue(SwitchPlan.cheapest(List.of(FixtureCatalogue.EIGHT), 5, true).isEmpty());
    }
}
