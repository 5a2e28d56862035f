package org.pilab.hardware.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists what a planned cluster needs: boards, power, storage, cooling, network and cases.
 * The network has one port per node plus one uplink to the router or laptop. Anything the
 * catalogue cannot price is left out and named in {@link #notes()}, never guessed.
 */
final class BomBuilder {

    private final PlannerCatalogue catalogue;
    private final List<String> notes = new ArrayList<>();

    BomBuilder(PlannerCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What could not be priced, one sentence each. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The switches the plan uses, or empty on Wi-Fi. */
    Optional<SwitchPlan> switches(PlanRequest request) {
        if (request.network() == NetworkChoice.WIFI) {
            return Optional.empty();
        }
        boolean poe = request.power() == PowerChoice.POE;
        Optional<SwitchPlan> plan = SwitchPlan.cheapest(catalogue.switches(), request.nodes() + 1, poe);
        if (plan.isEmpty()) {
            throw new PlanInputException("the catalogue lists no " + (poe ? "PoE " : "") + "switch; use "
                    + (poe ? "--power psu" : "--network wifi"));
        }
        return plan;
    }

    BillOfMaterials build(PlanRequest request, BoardFigures board) {
        int n = request.nodes();
        List<BomLine> lines = new ArrayList<>();
        List<PricedItem> dates = new ArrayList<>();
        add(lines, dates, Optional.of(board.board()), n, "board");
        if (request.power() == PowerChoice.POE) {
            add(lines, dates, catalogue.poeHat(board), n, "a PoE HAT for " + board.id());
        } else {
            add(lines, dates, catalogue.powerSupply(board), n, "a power supply for " + board.id());
        }
        add(lines, dates, catalogue.storage(board, request.storage()), n,
                (request.storage() == StorageChoice.SD ? "a microSD card" : "an SSD") + " for " + board.id());
        if (request.cooling() != CoolingChoice.NONE) {
            add(lines, dates, catalogue.cooling(board, request.cooling()), n,
                    "a " + request.cooling().id() + " for " + board.id());
        }
        switches(request).ifPresent(sw -> {
            add(lines, dates, Optional.of(sw.model().item()), sw.count(), "switch");
            add(lines, dates, catalogue.ethernetCable(), n + 1 + sw.interSwitchCables(), "an Ethernet cable");
        });
        int perCase = catalogue.nodesPerCase();
        add(lines, dates, catalogue.clusterCase(), (n + perCase - 1) / perCase, "a cluster case or stack");
        PricedItem newest = dates.stream().max(java.util.Comparator.comparing(PricedItem::priceDate)).orElseThrow();
        return new BillOfMaterials(lines, newest.dateText());
    }

    private void add(List<BomLine> lines, List<PricedItem> dates, Optional<PricedItem> item, int qty, String what) {
        if (item.isEmpty()) {
            notes.add("not priced: " + what + " (the catalogue has none; left out of the total)");
            return;
        }
        lines.add(new BomLine(item.get().name(), qty, item.get().usd(), item.get().estimate()));
        dates.add(item.get());
    }
}
