package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EnergyEstimateTest {

    @Test
    void fullLoadAllYearIsWattsTimesHours() {
        EnergyEstimate e = new EnergyEstimate(10, 40, 0.25, new BigDecimal("0.30"));
        assertEquals(40 * 8760 / 1000.0, e.yearlyKwhFullLoad(), 1e-9);
        assertEquals(new BigDecimal("105.12"), e.yearlyCostFullLoadUsd());   // 350.4 kWh x $0.30
    }

    @Test
    void dutyCycleMixesLoadAndIdle() {
        EnergyEstimate e = new EnergyEstimate(10, 40, 0.25, BigDecimal.ONE);
        assertEquals((0.25 * 40 + 0.75 * 10) * 8.76, e.yearlyKwhAtDutyCycle(), 1e-9);
        assertEquals(e.yearlyKwhFullLoad(), new EnergyEstimate(10, 40, 1, BigDecimal.ONE).yearlyKwhAtDutyCycle(),
                1e-9);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new EnergyEstimate(10, 40, 1.5, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new EnergyEstimate(50, 40, 0.5, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> new EnergyEstimate(10, 40, 0.5, new BigDecimal("-0.01")));
    }
}
