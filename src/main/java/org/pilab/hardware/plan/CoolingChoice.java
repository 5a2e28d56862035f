package org.pilab.hardware.plan;

import java.util.Locale;

/** How each node is cooled: nothing, a passive heatsink, or a fan (the Active Cooler on a Pi 5). */
public enum CoolingChoice {
    NONE, HEATSINK, FAN;

    /** The lower-case word used on the command line and in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
