package org.pilab.hardware;

import java.util.List;

/**
 * A part for a bill of materials.
 *
 * @param category network, power, storage or cooling
 * @param fits the board families it fits; empty for parts that fit any (switches, cables)
 * @param powerW its own draw in watts, or null if negligible or not applicable
 * @param powerSource where powerW comes from, or null with powerW
 */
public record Accessory(String id, String name, String category, DatedPrice price,
        List<BoardFamily> fits, Double powerW, String powerSource, String note) {

    public Accessory {
        fits = List.copyOf(fits);
    }

    public boolean fits(BoardFamily family) {
        return fits.isEmpty() || fits.contains(family);
    }
}
