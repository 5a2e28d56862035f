package org.pilab.hardware.plan;

/**
 * How a node fares under sustained full load with its cooling.
 *
 * @param cooling       the cooling judged
 * @param steadyC       the temperature it settles at, in degrees Celsius
 * @param throttles     whether it is throttled at that temperature
 * @param sustainedMhz  the clock it holds, in MHz
 * @param maxMhz        the full clock, in MHz
 */
public record ThermalVerdict(CoolingChoice cooling, double steadyC, boolean throttles, double sustainedMhz,
        double maxMhz) {

    public ThermalVerdict {
        if (!(maxMhz > 0) || !(sustainedMhz > 0) || sustainedMhz > maxMhz) {
            throw new IllegalArgumentException("clock must satisfy 0 < sustained <= max, got " + sustainedMhz
                    + " of " + maxMhz + " MHz");
        }
    }

    /** The share of full speed kept: a job takes 1 / this as long as on a cool board. */
    public double speedFraction() {
        return sustainedMhz / maxMhz;
    }

    /** One line for a terminal or a report. */
    public String summary() {
        if (!throttles) {
            return String.format(java.util.Locale.ROOT, "no throttling: settles at %.0f °C and keeps %.0f MHz",
                    steadyC, sustainedMhz);
        }
        return String.format(java.util.Locale.ROOT,
                "throttles: settles at %.0f °C and holds %.0f of %.0f MHz (%.0f %% speed); add a fan",
                steadyC, sustainedMhz, maxMhz, 100 * speedFraction());
    }
}
