package org.pilab.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilab.sim.TimeWeighted;

class ThermalModelTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60_000;

    /** Seconds of full load until the clock first drops, or -1 within the horizon. */
    private static long secondsUntilThrottled(String id, Cooling cooling, long horizonSeconds) {
        ThermalModel t = new ThermalModel(CATALOGUE.model(id), cooling, 0);
        t.setLoad(0, 1.0);
        int max = t.model().cpu().maxClockMhz();
        for (long s = 1; s <= horizonSeconds; s++) {
            t.advanceTo(s * SECOND);
            if (t.clockMhz() < max) {
                return s;
            }
        }
        return -1;
    }

    @Test
    void uncooledPi4ThrottlesWithinAFewMinutesAndStaysBelowTheHardLimit() {
        long s = secondsUntilThrottled("pi4-4gb", Cooling.NONE, 1_800);
        assertTrue(s > 30 && s < 300, "throttled after " + s + " s");
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi4-4gb"), Cooling.NONE, 0);
        t.setLoad(0, 1.0);
        double peak = 0;
        for (long m = 1; m <= 60; m++) {
            t.advanceTo(m * MINUTE);
            peak = Math.max(peak, t.temperatureC());
            if (m >= 5) {
                assertTrue(t.clockMhz() < 1500, "still throttled at minute " + m);
            }
        }
        assertTrue(peak >= 80 && peak <= 85, "peak " + peak);
    }

    @Test
    void heatsinkDelaysThrottlingAndAFanPreventsIt() {
        long none = secondsUntilThrottled("pi4-4gb", Cooling.NONE, 3_600);
        long heatsink = secondsUntilThrottled("pi4-4gb", Cooling.HEATSINK, 3_600);
        assertTrue(heatsink > none, none + " vs " + heatsink);
        assertEquals(-1, secondsUntilThrottled("pi4-4gb", Cooling.FAN, 3_600));
    }

    @Test
    void uncooledPi5AveragesAbout81CelsiusAndNeverDropsBelow1500MHz() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi5-8gb"), Cooling.NONE, 0);
        t.setLoad(0, 1.0);
        t.advanceTo(10 * MINUTE); // warm up
        TimeWeighted temp = new TimeWeighted("temp", t.time(), t.temperatureC());
        for (long s = 601; s <= 3_600; s++) {
            t.advanceTo(s * SECOND);
            temp.update(t.time(), t.temperatureC());
            assertTrue(t.clockMhz() >= 1500);
        }
        double mean = temp.mean(t.time());
        assertTrue(mean > 78 && mean < 84, "mean " + mean);
    }

    @Test
    void pi5WithActiveCoolerHoldsFullClock() {
        assertEquals(-1, secondsUntilThrottled("pi5-8gb", Cooling.FAN, 3_600));
    }

    @Test
    void pi3bPlusDropsTo1200MHzAboveItsSoftLimit() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi3bplus"), Cooling.NONE, 0);
        assertEquals(1400, t.clockMhz());
        t.setLoad(0, 1.0);
        t.advanceTo(30 * MINUTE);
        assertTrue(t.temperatureC() >= 60);
        assertEquals(1200, t.clockMhz());
        assertEquals(1200.0 / 1400, t.speedMultiplier(), 1e-12);
        assertTrue((t.throttledBits() & ThermalModel.SOFT_TEMP_LIMIT) != 0);
    }

    @Test
    void throttledBitsFollowVcgencmdSemantics() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi4-4gb"), Cooling.NONE, 0);
        assertEquals("throttled=0x0", t.getThrottled());
        t.setLoad(0, 1.0);
        t.advanceTo(20 * MINUTE);
        t.setUnderVoltage(t.time(), true);
        int now = t.throttledBits() & 0xf;
        assertTrue((now & (ThermalModel.UNDER_VOLTAGE | ThermalModel.THROTTLED))
                == (ThermalModel.UNDER_VOLTAGE | ThermalModel.THROTTLED), Integer.toHexString(now));
        assertTrue(t.getThrottled().startsWith("throttled=0x"));
        assertEquals(0x50005, t.throttledBits() & 0x50005);
        // Idle and a good supply: nothing now, but the since-boot bits stay (0x50000 pattern).
        t.setLoad(t.time(), 0.0);
        t.setUnderVoltage(t.time(), false);
        t.advanceTo(t.time() + 60 * MINUTE);
        assertEquals(0, t.throttledBits() & 0xf);
        assertEquals(0x50000, t.throttledBits() & 0x50000);
    }

    @Test
    void measureTempHasVcgencmdFormat() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi4-4gb"), Cooling.NONE, 0);
        assertEquals("temp=61.0'C", t.measureTemp());
        t.setLoad(0, 1);
        t.advanceTo(37 * SECOND);
        assertTrue(t.measureTemp().matches("temp=\\d+\\.\\d'C"), t.measureTemp());
    }

    @Test
    void idleBoardStaysAtIdleTemperatureAndFullPowerNeedsLoad() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi4-4gb"), Cooling.FAN, 0);
        t.advanceTo(24 * 60 * MINUTE);
        assertEquals(40.0, t.temperatureC(), 1e-9);
        assertEquals(CATALOGUE.model("pi4-4gb").power().idleW(), t.powerWatts(), 1e-9);
        t.setLoad(t.time(), 1.0);
        assertEquals(6.4, t.powerWatts(), 1e-9);
    }

    @Test
    void sameInputsGiveTheSameTrajectory() {
        assertEquals(run(), run());
    }

    private static String run() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi4-2gb"), Cooling.HEATSINK, 0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            t.setLoad(i * 17 * SECOND, (i % 4) / 4.0);
            sb.append(t.measureTemp()).append(t.clockMhz()).append(';');
        }
        return sb.toString();
    }

    @Test
    void timeCannotGoBackwards() {
        ThermalModel t = new ThermalModel(CATALOGUE.model("pi4-4gb"), Cooling.NONE, 5_000);
        assertThrows(IllegalArgumentException.class, () -> t.advanceTo(4_000));
        assertThrows(IllegalArgumentException.class, () -> t.setLoad(6_000, 1.5));
    }
}
