package org.pilab.hardware.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a {@link ClusterPlan} from a request and the catalogue. Everything is arithmetic on
 * catalogue figures; nothing here measures or reads the clock, so the same request always
 * gives the same plan.
 */
public final class ClusterPlanner {

    private final PlannerCatalogue catalogue;

    public ClusterPlanner(PlannerCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A plan without a sweep estimate. */
    public ClusterPlan plan(PlanRequest request) {
        return plan(request, Optional.empty(), LaptopSpeed.defaults(), 1);
    }

    /**
     * A plan, with a sweep estimate when {@code workload} is present.
     *
     * @param laptop      this machine's engine speed per core
     * @param laptopCores cores this machine would run variants on
     */
    public ClusterPlan plan(PlanRequest request, Optional<SweepWorkload> workload, LaptopSpeed laptop,
            int laptopCores) {
        BoardFigures board = board(request.modelId());
        check(request, board);
        BomBuilder bomBuilder = new BomBuilder(catalogue);
        BillOfMaterials bom = bomBuilder.build(request, board);
        List<String> notes = new ArrayList<>(bomBuilder.notes());
        double switchW = bomBuilder.switches(request).map(SwitchPlan::watts).orElse(0.0);
        double fanW = catalogue.coolingW(board, request.cooling());
        PowerFigures power = new PowerFigures(request.nodes(), board.idleW() + fanW, board.loadW() + fanW, switchW);
        if (request.power() == PowerChoice.POE) {
            notes.add("PoE: the switch must budget about 7 W per Pi 4 (estimate); the HAT's own losses are not "
                    + "in the power figures");
        }
        if (request.network() == NetworkChoice.WIFI) {
            notes.add("Wi-Fi: turn power saving off on every node (it adds 100-1000 ms to a ping) and expect "
                    + "slower staging than over a switch; see hardware-guide/04-network.md");
        }
        EnergyEstimate energy = new EnergyEstimate(power.idleW(), power.loadW(), request.dutyCycle(),
                request.kwhPriceUsd());
        ThermalVerdict thermal = catalogue.sustainedLoad(board, request.cooling());
        double link = request.network() == NetworkChoice.WIFI ? board.wifiMbps() : board.ethernetMbps();
        Optional<SweepEstimate> sweep = workload.map(w -> SweepEstimator.estimate(w, laptop,
                new NodeCapacity(board.slowdown(), thermal.speedFraction(), board.cores(), board.ramMb(), link),
                request.nodes(), laptopCores));
        return new ClusterPlan(request, board, bom, power, energy, thermal, workload, sweep, notes);
    }

    private BoardFigures board(String id) {
        return catalogue.board(id).orElseThrow(() -> new PlanInputException("unknown model \"" + id
                + "\"; valid models: " + String.join(", ", catalogue.modelIds())));
    }

    private void check(PlanRequest request, BoardFigures board) {
        if (request.network() == NetworkChoice.ETHERNET && !board.hasEthernet()) {
            throw new PlanInputException(board.id() + " has no Ethernet port; use --network wifi or another model");
        }
        if (request.network() == NetworkChoice.WIFI && !(board.wifiMbps() > 0)) {
            throw new PlanInputException(board.id() + " has no Wi-Fi figure in the catalogue; use --network ethernet");
        }
        if (request.power() == PowerChoice.POE) {
            if (catalogue.poeHat(board).isEmpty()) {
                throw new PlanInputException("no PoE HAT fits " + board.id() + "; use --power psu");
            }
            if (request.network() == NetworkChoice.WIFI) {
                throw new PlanInputException("PoE needs an Ethernet cable to each node; use --network ethernet "
                        + "or --power psu");
            }
        }
    }
}
