package org.pilab.hardware.plan;

import java.util.Objects;

/**
 * A network switch.
 *
 * @param item  the switch, priced
 * @param ports its Ethernet ports
 * @param watts its own draw, in watts
 * @param poe   whether it powers devices over Ethernet
 */
public record SwitchFigures(PricedItem item, int ports, double watts, boolean poe) {

    public SwitchFigures {
        Objects.requireNonNull(item, "item");
    }
}
