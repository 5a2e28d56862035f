package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the user wants planned.
 *
 * @param nodes       compute nodes, 1..64
 * @param modelId     catalogue model id, e.g. "pi4-4gb"
 * @param cooling     per-node cooling
 * @param network     switch or Wi-Fi
 * @param storage     microSD or SSD per node
 * @param power       official supplies or PoE
 * @param kwhPriceUsd electricity price per kWh, in US dollars
 * @param dutyCycle   share of the year spent at full load, 0..1
 */
public record PlanRequest(int nodes, String modelId, CoolingChoice cooling, NetworkChoice network,
        StorageChoice storage, PowerChoice power, BigDecimal kwhPriceUsd, double dutyCycle) {

    public static final int MIN_NODES = 1;
    public static final int MAX_NODES = 64;
    public static final BigDecimal DEFAULT_KWH_PRICE_USD = new BigDecimal("0.30");
    /** Default duty cycle: sweeps six hours a day, idle the rest (estimate of a hobby cluster's use). */
    public static final double DEFAULT_DUTY_CYCLE = 0.25;

    public PlanRequest {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(cooling, "cooling");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(kwhPriceUsd, "kwhPriceUsd");
        if (nodes < MIN_NODES || nodes > MAX_NODES) {
            throw new PlanInputException("--nodes must be between " + MIN_NODES + " and " + MAX_NODES + ", got "
                    + nodes);
        }
        if (kwhPriceUsd.signum() < 0) {
            throw new PlanInputException("--kwh-price must not be negative, got " + kwhPriceUsd.toPlainString());
        }
        if (!(dutyCycle >= 0 && dutyCycle <= 1)) {
            throw new PlanInputException("--duty-cycle must be between 0 and 1 (the share of the day at full load), "
                    + "got " + dutyCycle);
        }
    }
}
