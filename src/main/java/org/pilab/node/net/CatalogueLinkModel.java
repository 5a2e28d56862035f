package org.pilab.node.net;

import java.util.SplittableRandom;

import org.pilab.hardware.PiModel;
import org.pilab.hardware.WifiLink;
import org.pilab.hardware.WiredLink;

/**
 * Round trips from the hardware layer's link models: a wired hop samples {@link WiredLink}
 * (0.17 ms mean through the switch); a Wi-Fi end adds a {@link WifiLink} round trip
 * (1.8 ms one way on average, long tail; power saving off).
 */
public final class CatalogueLinkModel implements LinkModel {

    private final WiredLink wired;
    private final WifiLink wifi;

    public CatalogueLinkModel(PiModel model) {
        this.wired = new WiredLink(model);
        this.wifi = new WifiLink(model, false, false);
    }

    @Override
    public double roundTripMillis(InterfaceKind from, InterfaceKind to, SplittableRandom random) {
        double rtt = wired.sampleRttMillis(random);
        if (from == InterfaceKind.WIFI) {
            rtt += wifi.sampleRttMillis(random);
        }
        if (to == InterfaceKind.WIFI) {
            rtt += wifi.sampleRttMillis(random);
        }
        return rtt;
    }
}
