package org.pilab.hardware;

/** Board power draw at idle and with every core busy, in watts. */
public record PowerSpec(double idleW, double loadW) {

    /**
     * Power at a fraction of cores busy and a fraction of the full clock. Dynamic power is
     * taken as linear in both (an estimate: voltage also drops when throttled, which would
     * make the fall steeper).
     */
    public double watts(double busyFraction, double clockFraction) {
        double busy = Math.max(0, Math.min(1, busyFraction));
        double clock = Math.max(0, Math.min(1, clockFraction));
        return idleW + (loadW - idleW) * busy * clock;
    }
}
