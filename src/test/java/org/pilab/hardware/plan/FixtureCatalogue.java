package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small catalogue with round figures chosen by the tests, so the planner's arithmetic is
 * checked against numbers a reader can verify by hand rather than against today's catalogue.
 * "fast" takes PoE and has a fan; "tiny" has no Ethernet and no cooling parts.
 */
final class FixtureCatalogue implements PlannerCatalogue {

    static final LocalDate OLD = LocalDate.of(2025, 6, 1);
    static final LocalDate NEW = LocalDate.of(2026, 2, 1);

    static final BoardFigures FAST = new BoardFigures("fast", "Fast board", 4, 4096,
            PricedItem.on("Fast board", new BigDecimal("70.00"), NEW, true), 3.0, 7.0, 10, 900, 100);
    static final BoardFigures TINY = new BoardFigures("tiny", "Tiny board", 4, 512,
            PricedItem.on("Tiny board", new BigDecimal("15.00"), OLD, false), 0.5, 2.5, 30, 0, 30);

    static final SwitchFigures FIVE = new SwitchFigures(item("5-port switch", "15.00"), 5, 3, false);
    static final SwitchFigures EIGHT = new SwitchFigures(item("8-port switch", "20.00"), 8, 5, false);
    static final SwitchFigures POE = new SwitchFigures(item("8-port PoE switch", "90.00"), 8, 8, true);

    private static PricedItem item(String name, String usd) {
        return PricedItem.on(name, new BigDecimal(usd), OLD, true);
    }

    @Override
    public List<String> modelIds() {
        return List.of("fast", "tiny");
    }

    @Override
    public Optional<BoardFigures> board(String modelId) {
        return switch (modelId) {
            case "fast" -> Optional.of(FAST);
            case "tiny" -> Optional.of(TINY);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<PricedItem> powerSupply(BoardFigures board) {
        return Optional.of(item("supply", "8.00"));
    }

    @Override
    public Optional<PricedItem> poeHat(BoardFigures board) {
        return board == FAST ? Optional.of(item("PoE HAT", "20.00")) : Optional.empty();
    }

    @Override
    public Optional<PricedItem> cooling(BoardFigures board, CoolingChoice cooling) {
        if (board != FAST) {
            return Optional.empty();
        }
        return switch (cooling) {
            case NONE -> Optional.empty();
            case HEATSINK -> Optional.of(item("heatsink", "3.00"));
            case FAN -> Optional.of(item("fan", "5.00"));
        };
    }

    @Override
    public double coolingW(BoardFigures board, CoolingChoice cooling) {
        return board == FAST && cooling == CoolingChoice.FAN ? 0.5 : 0;
    }

    @Override
    public Optional<PricedItem> storage(BoardFigures board, StorageChoice storage) {
        return Optional.of(storage == StorageChoice.SD ? item("card", "8.00") : item("ssd", "35.00"));
    }

    @Override
    public List<SwitchFigures> switches() {
        return List.of(EIGHT, FIVE, POE);
    }

    @Override
    public Optional<PricedItem> ethernetCable() {
        return Optional.of(item("cable", "2.00"));
    }

    @Override
    public Optional<PricedItem> clusterCase() {
        return Optional.of(item("4-node stack", "25.00"));
    }

    @Override
    public int nodesPerCase() {
        return 4;
    }

    @Override
    public ThermalVerdict sustainedLoad(BoardFigures board, CoolingChoice cooling) {
        return cooling == CoolingChoice.FAN
                ? new ThermalVerdict(cooling, 55, false, 1500, 1500)
                : new ThermalVerdict(cooling, 82, true, 1000, 1500);
    }
}
