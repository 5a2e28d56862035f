package org.pilab.node.net;

import java.util.SplittableRandom;

/**
 * Round-trip times between two interfaces. The hardware layer's link models plug in here.
 */
public interface LinkModel {

    /** One ping round trip in milliseconds between interfaces of the given kinds. */
    double roundTripMillis(InterfaceKind from, InterfaceKind to, SplittableRandom random);
}
