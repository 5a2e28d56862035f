package org.pilab.node;

/**
 * SoC temperature and throttling flags for {@code vcgencmd}. The hardware layer's thermal model
 * plugs in here; until then a host reads its profile's idle temperature.
 */
public interface ThermalProbe {

    double celsius();

    /** The {@code get_throttled} bit field (bit 0 under-voltage now, 1 capped, 2 throttled, 3 soft limit; +16 sticky). */
    int throttledBits();

    /** The ARM cores' clock now ({@code vcgencmd measure_clock arm}): lower while throttled. */
    int armClockMhz();

    /** A cool board that never throttles: it always runs at {@code clockMhz}. */
    static ThermalProbe constant(double celsius, int clockMhz) {
        return new ThermalProbe() {
            @Override
            public int armClockMhz() {
                return clockMhz;
            }

            @Override
            public double celsius() {
                return celsius;
            }

            @Override
            public int throttledBits() {
                return 0;
            }
        };
    }
}
