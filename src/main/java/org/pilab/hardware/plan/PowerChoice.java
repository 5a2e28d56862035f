package org.pilab.hardware.plan;

import java.util.Locale;

/** How nodes are powered: one official supply each, or Power over Ethernet (a HAT each and a PoE switch). */
public enum PowerChoice {
    PSU, POE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
