package org.pilab.slurm.lab;

import java.util.Locale;
import java.util.Objects;

import org.pilab.hardware.Cooling;

/**
 * One board of a rack: host name, catalogue model id, cooling and network, as the planner's
 * scenario file describes it.
 */
public record NodePlan(String name, String model, Cooling cooling, boolean wired) {

    public NodePlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cooling, "cooling");
    }

    /** A Pi 4 4 GB with a heatsink on the switch: the lessons' board. */
    public static NodePlan pi4(String name) {
        return new NodePlan(name, "pi4-4gb", Cooling.HEATSINK, true);
    }

    public String coolingName() {
        return cooling.name().toLowerCase(Locale.ROOT);
    }
}
