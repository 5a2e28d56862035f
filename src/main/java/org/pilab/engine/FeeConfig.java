package org.pilab.engine;

/** The fee charged on each fill. */
public sealed interface FeeConfig {

    /** No fees. */
    record Zero() implements FeeConfig {
    }

    /** (commission + tax) times the absolute consideration, both as fractions (0.001 = 0.1%). */
    record Percent(double commission, double tax) implements FeeConfig {
    }
}
