package org.pilab.node;

/**
 * SoC temperature and throttling flags for {@code vcgencmd}. The hardware layer's thermal model
 * plugs in here; until then a host reads its profile's idle temperature.
 */
public interface ThermalProbe {

    double celsius();

    /** The {@code get_throttled} bit field (bit 0 under-voltage now, 1 capped, 2 throttled, 3 soft limit; +16 sticky). */
    int throttledBits();

    static ThermalProbe constant(double celsius) {
        return new ThermalProbe() {
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
