package org.pilab.jobs.report;

/**
 * How long a run took, measured by the caller (the engine never reads the clock).
 *
 * @param loadSeconds reading and aligning the price files
 * @param runSeconds  the backtest itself (strategy and benchmark)
 */
public record RunTiming(double loadSeconds, double runSeconds) {
}
