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
    private final WifiLink dozingWifi;

    public CatalogueLinkModel(PiModel model) {
        this.wired = new WiredLink(model);
        this.wifi = new WifiLink(model, false, false);
        this.dozingWifi = new WifiLink(model, false, true);
    }

    @Override
    public double roundTripMillis(NetInterface from, NetInterface to, SplittableRandom random) {
        double rtt = wired.sampleRttMillis(random);
        rtt += radio(from, random);
        rtt += radio(to, random);
        return rtt;
    }

    /** The radio hop of a Wi-Fi end; a dozing radio answers only some beacons later. */
    private double radio(NetInterface end, SplittableRandom random) {
        if (end.kind() != InterfaceKind.WIFI) {
            return 0;
        }
        boolean dozes = end.powerSave() && random.nextInt(3) == 0;
        return (dozes ? dozingWifi : wifi).sampleRttMillis(random);
    }
}
