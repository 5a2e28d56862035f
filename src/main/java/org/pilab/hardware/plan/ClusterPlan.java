package org.pilab.hardware.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete plan: what to buy, what it draws and costs to run, how it copes with heat, and
 * (when a sweep was given) how long that sweep would take.
 *
 * @param request  what was asked for
 * @param board    the chosen model's figures
 * @param bom      the bill of materials
 * @param power    the cluster's draw
 * @param energy   the yearly energy and its cost
 * @param thermal  the verdict for sustained load
 * @param workload the sweep's size, when a sweep was given
 * @param sweep    the sweep's estimated time, when a sweep was given
 * @param notes    caveats: parts the catalogue could not price, assumptions worth knowing
 */
public record ClusterPlan(PlanRequest request, BoardFigures board, BillOfMaterials bom, PowerFigures power,
        EnergyEstimate energy, ThermalVerdict thermal, Optional<SweepWorkload> workload,
        Optional<SweepEstimate> sweep, List<String> notes) {

    public ClusterPlan {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(bom, "bom");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(thermal, "thermal");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(sweep, "sweep");
        notes = List.copyOf(notes);
    }

    /** The planned nodes as a scenario for the virtual cluster. */
    public List<ScenarioFile.Node> scenarioNodes() {
        return ScenarioFile.uniform(request.nodes(), board.id(), request.cooling().id(), request.network().id());
    }
}
