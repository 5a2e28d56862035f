package org.pilab.hardware;

import java.util.SplittableRandom;

/**
 * Wi-Fi to an access point. One-way latency is log-normal, fitted to the Pi 4 5 GHz
 * measurements (mean 1.8 ms, p99.9 11 ms idle; 2.9 ms / 66 ms under 50 % CPU load); a ping
 * crosses the radio twice. Power saving, on by default in Raspberry Pi OS, adds 100-1000 ms
 * when the radio has dozed off, which is why cluster nodes should turn it off.
 *
 * @param busyCpu use the under-load latency figures
 * @param powerSaving add the doze delay to every ping (an estimate: a ping once a second
 *        usually finds the radio asleep)
 */
public record WifiLink(PiModel model, boolean busyCpu, boolean powerSaving) implements Link {

    private static final LogNormalLatency IDLE = LogNormalLatency.fromMeanAndP999(1.8, 11);
    private static final LogNormalLatency LOADED = LogNormalLatency.fromMeanAndP999(2.9, 66);
    private static final double DOZE_MIN_MILLIS = 100;
    private static final double DOZE_MAX_MILLIS = 1_000;

    @Override
    public double throughputMbps() {
        return model.network().wifiMbps();
    }

    @Override
    public double meanRttMillis() {
        double mean = 2 * oneWay().mean();
        return powerSaving ? mean + (DOZE_MIN_MILLIS + DOZE_MAX_MILLIS) / 2 : mean;
    }

    @Override
    public double sampleRttMillis(SplittableRandom rng) {
        double rtt = oneWay().sample(rng) + oneWay().sample(rng);
        if (powerSaving) {
            rtt += DOZE_MIN_MILLIS + rng.nextDouble() * (DOZE_MAX_MILLIS - DOZE_MIN_MILLIS);
        }
        return rtt;
    }

    private LogNormalLatency oneWay() {
        return busyCpu ? LOADED : IDLE;
    }
}
