package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cluster's electricity over a year: flat out around the clock, and at a duty cycle (the
 * share of the time it runs sweeps; the rest of the time it idles, still switched on).
 *
 * @param idleW           the whole cluster idle (nodes and switch), in watts
 * @param loadW           the whole cluster with every core busy, in watts
 * @param dutyCycle       the share of the year at full load, 0..1
 * @param kwhPriceUsd     the price of one kilowatt-hour, in US dollars
 */
public record EnergyEstimate(double idleW, double loadW, double dutyCycle, BigDecimal kwhPriceUsd) {

    public static final double HOURS_PER_YEAR = 24 * 365;

    public EnergyEstimate {
        if (idleW < 0 || loadW < idleW) {
            throw new IllegalArgumentException("power must satisfy 0 <= idle <= load, got idle " + idleW
                    + " W and load " + loadW + " W");
        }
        if (dutyCycle < 0 || dutyCycle > 1) {
            throw new IllegalArgumentException("duty cycle must be between 0 and 1, got " + dutyCycle);
        }
        if (kwhPriceUsd.signum() < 0) {
            throw new IllegalArgumentException("the price of a kWh must not be negative, got " + kwhPriceUsd);
        }
    }

    /** kWh in a year at full load 24/7. */
    public double yearlyKwhFullLoad() {
        return loadW * HOURS_PER_YEAR / 1000.0;
    }

    /** kWh in a year at the duty cycle, idling the rest of the time. */
    public double yearlyKwhAtDutyCycle() {
        return (loadW * dutyCycle + idleW * (1 - dutyCycle)) * HOURS_PER_YEAR / 1000.0;
    }

    public BigDecimal yearlyCostFullLoadUsd() {
        return cost(yearlyKwhFullLoad());
    }

    public BigDecimal yearlyCostAtDutyCycleUsd() {
        return cost(yearlyKwhAtDutyCycle());
    }

    private BigDecimal cost(double kwh) {
        return BigDecimal.valueOf(kwh).multiply(kwhPriceUsd).setScale(2, RoundingMode.HALF_UP);
    }
}
