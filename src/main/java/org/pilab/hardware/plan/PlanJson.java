package org.pilab.hardware.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

/**
 * A plan as JSON, for scripts. The first eight keys are the contract: {@code bill_of_materials}
 * ([{item, qty, unit_usd}]), {@code cost_usd}, {@code price_date}, {@code power_idle_w},
 * {@code power_load_w}, {@code yearly_kwh} (full load 24/7), {@code thermal} and
 * {@code sweep_estimate} (null without --sweep). Three more follow: {@code energy} (the duty
 * cycle and the yearly costs), {@code notes} (caveats, e.g. parts the catalogue cannot price)
 * and {@code request} (what was planned).
 */
public final class PlanJson {

    /** The contract's keys, in order. */
    public static final List<String> KEYS = List.of("bill_of_materials", "cost_usd", "price_date", "power_idle_w",
            "power_load_w", "yearly_kwh", "thermal", "sweep_estimate");

    /** The keys after the contract's, in order. */
    public static final List<String> EXTRA_KEYS = List.of("energy", "notes", "request");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static ObjectNode tree(ClusterPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode bom = root.putArray("bill_of_materials");
        for (BomLine line : plan.bom().lines()) {
            ObjectNode o = bom.addObject();
            o.put("item", line.item());
            o.put("qty", line.qty());
            o.put("unit_usd", line.unitUsd());
        }
        root.put("cost_usd", plan.bom().totalUsd());
        root.put("price_date", plan.bom().priceDate());
        root.put("power_idle_w", round(plan.power().idleW(), 2));
        root.put("power_load_w", round(plan.power().loadW(), 2));
        root.put("yearly_kwh", round(plan.energy().yearlyKwhFullLoad(), 1));
        ThermalVerdict t = plan.thermal();
        ObjectNode thermal = root.putObject("thermal");
        thermal.put("cooling", t.cooling().id());
        thermal.put("steady_c", round(t.steadyC(), 1));
        thermal.put("throttles", t.throttles());
        thermal.put("sustained_mhz", round(t.sustainedMhz(), 0));
        thermal.put("max_mhz", round(t.maxMhz(), 0));
        thermal.put("effective_speed", round(t.speedFraction(), 3));
        thermal.put("verdict", t.summary());
        if (plan.sweep().isPresent()) {
            SweepEstimate s = plan.sweep().get();
            ObjectNode sweep = root.putObject("sweep_estimate");
            sweep.put("variants", s.variants());
            sweep.put("workload", plan.workload().map(SweepWorkload::description).orElse(""));
            sweep.put("nodes", plan.request().nodes());
            sweep.put("jobs_per_node", s.jobsPerNode());
            sweep.put("slots", s.slots());
            sweep.put("waves", s.waves());
            sweep.put("laptop_seconds_per_variant", round(s.laptopSecondsPerVariant(), 4));
            sweep.put("pi_seconds_per_variant", round(s.piSecondsPerVariant(), 4));
            sweep.put("speed_factor", plan.board().slowdown());
            sweep.put("effective_speed", round(t.speedFraction(), 3));
            sweep.put("network", plan.request().network().id());
            sweep.put("dataset_mb", round(plan.workload().map(SweepWorkload::datasetMegabytes).orElse(0.0), 3));
            sweep.put("staging_seconds", round(s.stagingSeconds(), 3));
            sweep.put("cluster_seconds", round(s.clusterSeconds(), 3));
            sweep.put("laptop_cores", s.laptopCores());
            sweep.put("laptop_seconds", round(s.laptopSeconds(), 3));
            sweep.put("cluster_over_laptop", round(s.clusterOverLaptop(), 3));
            sweep.put("speed_source", s.speedSource());
        } else {
            root.putNull("sweep_estimate");
        }
        EnergyEstimate e = plan.energy();
        ObjectNode energy = root.putObject("energy");
        energy.put("kwh_price_usd", e.kwhPriceUsd());
        energy.put("duty_cycle", e.dutyCycle());
        energy.put("yearly_kwh_full_load", round(e.yearlyKwhFullLoad(), 1));
        energy.put("yearly_kwh_duty_cycle", round(e.yearlyKwhAtDutyCycle(), 1));
        energy.put("yearly_cost_full_load_usd", e.yearlyCostFullLoadUsd());
        energy.put("yearly_cost_duty_cycle_usd", e.yearlyCostAtDutyCycleUsd());
        ArrayNode notes = root.putArray("notes");
        plan.notes().forEach(notes::add);
        PlanRequest r = plan.request();
        ObjectNode request = root.putObject("request");
        request.put("nodes", r.nodes());
        request.put("model", r.modelId());
        request.put("cooling", r.cooling().id());
        request.put("network", r.network().id());
        request.put("storage", r.storage().id());
        request.put("power", r.power().id());
        return root;
    }

    public static String text(ClusterPlan plan) {
        try {
            return JSON.writeValueAsString(tree(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan of numbers and strings always serialises", e);
        }
    }

    /** Writes the plan atomically. */
    public static void write(Path file, ClusterPlan plan) {
        AtomicWrite.text(file, text(plan));
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
