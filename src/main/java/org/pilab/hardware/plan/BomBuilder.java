package org.pilab.hardware.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists what a planned cluster needs: boards, power, storage, cooling, network and cases.
 * The switch has one port per node plus one uplink to the router or laptop.
 */
final class BomBuilder {

    private final PlannerCatalogue catalogue;

    BomBuilder(PlannerCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The switch the plan uses, or empty on Wi-Fi. */
    Optional<SwitchFigures> networkSwitch(PlanRequest request) {
        if (request.network() == NetworkChoice.WIFI) {
            return Optional.empty();
        }
        return Optional.of(catalogue.networkSwitch(request.nodes() + 1, request.power() == PowerChoice.POE));
    }

    BillOfMaterials build(PlanRequest request, BoardFigures board) {
        int n = request.nodes();
        List<Priced> lines = new ArrayList<>();
        lines.add(new Priced(board.board(), n));
        if (request.power() == PowerChoice.POE) {
            lines.add(new Priced(catalogue.poeHat(board), n));
        } else {
            lines.add(new Priced(catalogue.powerSupply(board), n));
        }
        lines.add(new Priced(catalogue.storage(board, request.storage()), n));
        catalogue.cooling(board, request.cooling()).ifPresent(c -> lines.add(new Priced(c, n)));
        networkSwitch(request).ifPresent(sw -> {
            lines.add(new Priced(sw.item(), 1));
            lines.add(new Priced(catalogue.ethernetCable(), n + 1));
        });
        int perCase = catalogue.nodesPerCase();
        lines.add(new Priced(catalogue.clusterCase(), (n + perCase - 1) / perCase));

        List<BomLine> bom = new ArrayList<>();
        LocalDate newest = LocalDate.MIN;
        for (Priced p : lines) {
            bom.add(new BomLine(p.item().name(), p.qty(), p.item().usd()));
            if (p.item().priceDate().isAfter(newest)) {
                newest = p.item().priceDate();
            }
        }
        return new BillOfMaterials(bom, newest);
    }

    private record Priced(PricedItem item, int qty) {
    }
}
