package org.pilab.node.net;

import java.util.SplittableRandom;

/**
 * Round-trip times between two interfaces. The hardware layer's link models plug in here.
 */
public interface LinkModel {

    /** One ping round trip in milliseconds between two interfaces (their kind and Wi-Fi power saving matter). */
    double roundTripMillis(NetInterface from, NetInterface to, SplittableRandom random);
}
