package org.pilab.hardware.plan;

import java.util.Objects;

/**
 * What the planner reads about one board model, taken from the hardware catalogue.
 *
 * @param id           catalogue id, e.g. "pi4-4gb"
 * @param name         display name, e.g. "Raspberry Pi 4 Model B 4GB"
 * @param cores        CPU cores
 * @param ramMb        memory, in megabytes
 * @param board        the board itself, priced
 * @param idleW        idle draw, in watts
 * @param loadW        draw with every core busy, in watts
 * @param slowdown     time per job relative to one laptop core (the model's speed factor)
 * @param ethernetMbps measured Ethernet throughput, in Mb/s (0 when the board has no port)
 * @param wifiMbps     measured Wi-Fi throughput, in Mb/s
 */
public record BoardFigures(String id, String name, int cores, int ramMb, PricedItem board, double idleW,
        double loadW, double slowdown, double ethernetMbps, double wifiMbps) {

    public BoardFigures {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(board, "board");
    }

    public boolean hasEthernet() {
        return ethernetMbps > 0;
    }
}
