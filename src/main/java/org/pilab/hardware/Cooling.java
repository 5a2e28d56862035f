package org.pilab.hardware;

/** How a Pi is cooled; each model's thermal figures are given per cooling. */
public enum Cooling {
    NONE,
    HEATSINK,
    FAN
}
