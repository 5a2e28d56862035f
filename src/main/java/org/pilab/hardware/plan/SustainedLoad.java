package org.pilab.hardware.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.PiModel;
import org.pilab.hardware.ThermalModel;

/**
 * The thermal verdict for a sweep that runs for hours: the catalogue's thermal model is run at
 * full load in virtual time until it has settled, then watched for ten minutes. A throttling
 * board settles into a cycle between clock steps rather than one temperature, so the verdict
 * averages the clock and the temperature over that window.
 */
final class SustainedLoad {

    /** Settling time in heating time constants: e^-20 leaves nothing of the start. */
    private static final int SETTLE_TAUS = 20;
    private static final long WINDOW_MILLIS = 600_000;
    private static final long SAMPLE_MILLIS = 1_000;

    private final Map<String, ThermalVerdict> cache = new ConcurrentHashMap<>();

    ThermalVerdict verdict(PiModel model, Cooling cooling, CoolingChoice choice) {
        return cache.computeIfAbsent(model.id() + "/" + cooling, k -> compute(model, cooling, choice));
    }

    private static ThermalVerdict compute(PiModel model, Cooling cooling, CoolingChoice choice) {
        ThermalModel thermal = new ThermalModel(model, cooling, 0);
        thermal.setLoad(0, 1.0);
        long settle = Math.round(model.thermal().tauSeconds().get(cooling) * 1000 * SETTLE_TAUS);
        thermal.advanceTo(settle);
        double temperature = 0;
        double clock = 0;
        int samples = 0;
        boolean throttled = false;
        for (long t = settle + SAMPLE_MILLIS; t <= settle + WINDOW_MILLIS; t += SAMPLE_MILLIS) {
            thermal.advanceTo(t);
            temperature += thermal.temperatureC();
            clock += thermal.clockMhz();
            throttled |= thermal.clockMhz() < model.cpu().maxClockMhz();
            samples++;
        }
        return new ThermalVerdict(choice, temperature / samples, throttled, clock / samples,
                model.cpu().maxClockMhz());
    }
}
