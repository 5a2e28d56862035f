package org.pilab.hardware.plan;

import java.util.List;
import java.util.Optional;

/**
 * The planner's view of the hardware catalogue: boards, the accessories a build needs, and the
 * thermal behaviour under sustained load. {@link CatalogueView} reads the project's catalogue;
 * keeping the planner behind this view means its arithmetic can be tested on figures chosen by
 * a test. An accessory the catalogue does not have comes back empty, and the plan says so
 * instead of guessing a price.
 */
public interface PlannerCatalogue {

    /** Every model id, in catalogue order. */
    List<String> modelIds();

    Optional<BoardFigures> board(String modelId);

    /** The official supply for a model. */
    Optional<PricedItem> powerSupply(BoardFigures board);

    /** The PoE HAT for a model; empty when none fits (a Pi 5). */
    Optional<PricedItem> poeHat(BoardFigures board);

    /** Per-node cooling of the given kind; empty for {@link CoolingChoice#NONE} or when none fits. */
    Optional<PricedItem> cooling(BoardFigures board, CoolingChoice cooling);

    /** The draw of the cooling itself (a fan), in watts; 0 when passive or absent. */
    double coolingW(BoardFigures board, CoolingChoice cooling);

    /** Boot storage for one node: the cheapest microSD card or SSD that fits. */
    Optional<PricedItem> storage(BoardFigures board, StorageChoice storage);

    /** Every switch the catalogue lists. */
    List<SwitchFigures> switches();

    Optional<PricedItem> ethernetCable();

    /** A case or stack for {@link #nodesPerCase()} boards; empty when the catalogue has none. */
    Optional<PricedItem> clusterCase();

    int nodesPerCase();

    /** Steady state under sustained full load with the given cooling. */
    ThermalVerdict sustainedLoad(BoardFigures board, CoolingChoice cooling);
}
