package org.pilab.hardware.plan;

import java.util.Locale;

/** How nodes connect: a gigabit switch, or the Wi-Fi of an existing access point (no switch to buy). */
public enum NetworkChoice {
    ETHERNET, WIFI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
