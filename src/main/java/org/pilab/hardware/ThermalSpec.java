package org.pilab.hardware;

import java.util.List;
import java.util.Map;

/**
 * A model's thermal behaviour.
 *
 * @param idleC steady temperature with no load, per cooling
 * @param loadC steady temperature with every core busy at full clock, per cooling (may lie
 *        above the hard limit: the board then throttles before reaching it)
 * @param tauSeconds time constant of first-order heating, per cooling
 * @param softLimitC temperature above which the clock is capped at softLimitClockMhz (Pi 3B+:
 *        60 C, 1.2 GHz), or null
 * @param throttleStartC where step throttling begins (80 C)
 * @param throttleStepsMhz clocks used between throttleStartC and hardLimitC, one equal band
 *        each, fastest first
 * @param hardLimitC at and above it the clock falls to minClockMhz (85 C)
 */
public record ThermalSpec(Map<Cooling, Double> idleC, Map<Cooling, Double> loadC,
        Map<Cooling, Double> tauSeconds, Double softLimitC, Integer softLimitClockMhz,
        double throttleStartC, List<Integer> throttleStepsMhz, double hardLimitC,
        int minClockMhz) {

    public ThermalSpec {
        idleC = Map.copyOf(idleC);
        loadC = Map.copyOf(loadC);
        tauSeconds = Map.copyOf(tauSeconds);
        throttleStepsMhz = List.copyOf(throttleStepsMhz);
    }
}
