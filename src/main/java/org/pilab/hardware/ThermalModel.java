package org.pilab.hardware;

import java.util.List;
import java.util.Locale;

/**
 * Temperature, clock and throttling of one Pi over virtual time.
 *
 * <p>First-order heating: dT/dt = (T_target - T) / tau, where T_target runs from the idle to
 * the loaded steady temperature with the fraction of busy cores and the fraction of full clock
 * (a throttled core makes less heat, which is what lets throttling settle). The clock follows
 * the temperature: capped at the soft limit (Pi 3B+), stepped down between 80 and 85 C, at the
 * minimum from 85 C. Time is advanced in steps of at most one second so the feedback between
 * clock and heat stays stable; spans with nothing to throttle are jumped in one exact step.</p>
 *
 * <p>{@code vcgencmd get_throttled} bits: 0 under-voltage, 1 frequency capped, 2 throttled,
 * 3 soft temperature limit; 16-19 the same since boot.</p>
 */
public final class ThermalModel {

    public static final int UNDER_VOLTAGE = 1;
    public static final int FREQUENCY_CAPPED = 1 << 1;
    public static final int THROTTLED = 1 << 2;
    public static final int SOFT_TEMP_LIMIT = 1 << 3;

    private static final long MAX_STEP_MILLIS = 1_000;

    private final PiModel model;
    private final Cooling cooling;
    private final ThermalSpec spec;
    private final double idleC;
    private final double loadC;
    private final double tauMillis;
    private long time;
    private double temperature;
    private double load;
    private boolean underVoltage;
    private int clockMhz;
    private int stickyBits;

    /** A board that has been idle long enough to sit at its idle temperature. */
    public ThermalModel(PiModel model, Cooling cooling, long startMillis) {
        this.model = model;
        this.cooling = cooling;
        this.spec = model.thermal();
        this.idleC = spec.idleC().get(cooling);
        this.loadC = spec.loadC().get(cooling);
        this.tauMillis = spec.tauSeconds().get(cooling) * 1_000.0;
        this.time = startMillis;
        this.temperature = idleC;
        this.clockMhz = clockFor(temperature);
        recordBits();
    }

    public PiModel model() {
        return model;
    }

    public Cooling cooling() {
        return cooling;
    }

    /** Sets the fraction of cores busy (0..1) from {@code timeMillis} on. */
    public void setLoad(long timeMillis, double busyFraction) {
        if (busyFraction < 0 || busyFraction > 1 || Double.isNaN(busyFraction)) {
            throw new IllegalArgumentException("load must be a fraction of cores busy within"
                    + " 0..1, got " + busyFraction);
        }
        advanceTo(timeMillis);
        load = busyFraction;
    }

    /** A weak power supply: sets bit 0 (and bit 16 from then on). */
    public void setUnderVoltage(long timeMillis, boolean value) {
        advanceTo(timeMillis);
        underVoltage = value;
        recordBits();
    }

    /** Advances the model to {@code timeMillis} (virtual time, never earlier than before). */
    public void advanceTo(long timeMillis) {
        if (timeMillis < time) {
            throw new IllegalArgumentException("thermal model of " + model.id() + " is at t="
                    + time + " ms; cannot go back to t=" + timeMillis + " ms");
        }
        while (time < timeMillis) {
            long remaining = timeMillis - time;
            double target = target(clockMhz);
            if (staysUnthrottled(target)) {
                step(remaining, target);
                return;
            }
            step(Math.min(remaining, MAX_STEP_MILLIS), target);
        }
    }

    public long time() {
        return time;
    }

    public double temperatureC() {
        return temperature;
    }

    public int clockMhz() {
        return clockMhz;
    }

    /** Current clock over full clock: multiply work rates by this (1.0 = not throttled). */
    public double speedMultiplier() {
        return clockMhz / (double) model.cpu().maxClockMhz();
    }

    public double powerWatts() {
        return model.power().watts(load, speedMultiplier());
    }

    /** The value {@code vcgencmd get_throttled} reports. */
    public int throttledBits() {
        return currentBits() | stickyBits;
    }

    /** {@code vcgencmd measure_temp} output, e.g. {@code temp=61.3'C}. */
    public String measureTemp() {
        return String.format(Locale.ROOT, "temp=%.1f'C", temperature);
    }

    /** {@code vcgencmd get_throttled} output, e.g. {@code throttled=0x50005}. */
    public String getThrottled() {
        return "throttled=0x" + Integer.toHexString(throttledBits());
    }

    // ---- internals -----------------------------------------------------------------

    private double target(int clock) {
        double clockFraction = clock / (double) model.cpu().maxClockMhz();
        return idleC + (loadC - idleC) * load * clockFraction;
    }

    /** True if neither the current nor the target temperature reaches any limit. */
    private boolean staysUnthrottled(double target) {
        double firstLimit = spec.softLimitC() != null
                ? Math.min(spec.softLimitC(), spec.throttleStartC()) : spec.throttleStartC();
        return clockMhz == model.cpu().maxClockMhz() && temperature < firstLimit
                && target < firstLimit;
    }

    private void step(long millis, double target) {
        temperature = target + (temperature - target) * Math.exp(-millis / tauMillis);
        time += millis;
        clockMhz = clockFor(temperature);
        recordBits();
    }

    private int clockFor(double t) {
        if (t >= spec.hardLimitC()) {
            return spec.minClockMhz();
        }
        int clock = model.cpu().maxClockMhz();
        if (spec.softLimitC() != null && t >= spec.softLimitC()) {
            clock = Math.min(clock, spec.softLimitClockMhz());
        }
        List<Integer> steps = spec.throttleStepsMhz();
        if (t >= spec.throttleStartC() && !steps.isEmpty()) {
            double band = (spec.hardLimitC() - spec.throttleStartC()) / steps.size();
            int index = (int) Math.min(steps.size() - 1,
                    Math.floor((t - spec.throttleStartC()) / band));
            clock = Math.min(clock, steps.get(index));
        }
        return Math.max(clock, spec.minClockMhz());
    }

    private int currentBits() {
        int bits = 0;
        if (underVoltage) {
            bits |= UNDER_VOLTAGE;
        }
        boolean soft = spec.softLimitC() != null && temperature >= spec.softLimitC();
        if (soft) {
            bits |= SOFT_TEMP_LIMIT | FREQUENCY_CAPPED;
        }
        if (temperature >= spec.throttleStartC()) {
            bits |= THROTTLED;
            if (spec.softLimitC() == null) {
                // Boards without a separate soft limit report reaching 80 C as the soft limit.
                bits |= SOFT_TEMP_LIMIT;
            }
        }
        return bits;
    }

    private void recordBits() {
        stickyBits |= currentBits() << 16;
    }
}
