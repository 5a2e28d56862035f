package org.pilab.hardware.plan;

import java.util.List;
import java.util.Optional;

/**
 * The planner's view of the hardware catalogue: boards, the accessories a build needs, and the
 * thermal behaviour under sustained load. One implementation reads the project's catalogue file;
 * keeping the planner behind this view means its arithmetic can be tested on figures chosen
 * by a test, independent of whatever the catalogue says today.
 */
public interface PlannerCatalogue {

    /** Every model id, in catalogue order. */
    List<String> modelIds();

    Optional<BoardFigures> board(String modelId);

    /** The official supply for a model. */
    PricedItem powerSupply(BoardFigures board);

    /** The PoE HAT for a model that takes one. */
    PricedItem poeHat(BoardFigures board);

    /** Per-node cooling of the given kind for a model; empty for {@link CoolingChoice#NONE}. */
    Optional<PricedItem> cooling(BoardFigures board, CoolingChoice cooling);

    /** Boot storage for one node. */
    PricedItem storage(BoardFigures board, StorageChoice storage);

    /** The smallest switch with at least {@code ports} ports, PoE-capable when asked. */
    SwitchFigures networkSwitch(int ports, boolean poe);

    PricedItem ethernetCable();

    /** A case or stack that holds {@link #nodesPerCase()} boards. */
    PricedItem clusterCase();

    int nodesPerCase();

    /** Steady state under sustained full load with the given cooling. */
    ThermalVerdict sustainedLoad(BoardFigures board, CoolingChoice cooling);

    /** Extra draw per node when powered over Ethernet (the HAT's conversion losses), in watts. */
    double poeOverheadW(BoardFigures board);
}
