package org.pilab.hardware.plan;

import java.math.BigDecimal;
import java.util.Locale;

/** A plan as text for a terminal: aligned tables, every number with its unit. */
public final class PlanReport {

    private PlanReport() {
    }

    public static String text(ClusterPlan plan) {
        StringBuilder out = new StringBuilder();
        PlanRequest r = plan.request();
        BoardFigures b = plan.board();
        out.append(String.format(Locale.ROOT, "Plan: %d x %s (%s), cooling %s, network %s, storage %s, power %s\n\n",
                r.nodes(), b.name(), b.id(), r.cooling().id(), r.network().id(), r.storage().id(), r.power().id()));
        bom(out, plan);
        power(out, plan);
        thermal(out, plan);
        plan.sweep().ifPresent(s -> sweep(out, plan, s));
        if (!plan.notes().isEmpty()) {
            out.append(plan.sweep().isPresent() ? "\n" : "").append("Notes\n");
            plan.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void bom(StringBuilder out, ClusterPlan plan) {
        out.append("Bill of materials (prices in USD as of ").append(plan.bom().priceDate()).append(")\n");
        TextTable t = new TextTable().left("item").right("qty").right("unit").right("total");
        for (BomLine line : plan.bom().lines()) {
            t.row(line.item(), Integer.toString(line.qty()), usd(line.unitUsd()) + (line.estimate() ? "*" : " "),
                    usd(line.lineUsd()));
        }
        t.row("total", "", "", usd(plan.bom().totalUsd()));
        out.append(t.render("  "));
        if (plan.bom().hasEstimates()) {
            out.append("  * estimated price: check current prices before you buy\n");
        }
        out.append('\n');
    }

    private static void power(StringBuilder out, ClusterPlan plan) {
        PowerFigures p = plan.power();
        EnergyEstimate e = plan.energy();
        out.append("Power (nodes + switch)\n");
        TextTable t = new TextTable().left("").right("per node").right("switch").right("cluster");
        t.row("idle", watts(p.nodeIdleW()), watts(p.switchW()), watts(p.idleW()));
        t.row("full load", watts(p.nodeLoadW()), watts(p.switchW()), watts(p.loadW()));
        out.append(t.render("  ")).append('\n');
        out.append(String.format(Locale.ROOT, "Energy per year at $%s/kWh\n", e.kwhPriceUsd().toPlainString()));
        TextTable y = new TextTable().left("").right("energy").right("cost");
        y.row("full load 24/7", kwh(e.yearlyKwhFullLoad()), usd(e.yearlyCostFullLoadUsd()));
        y.row(String.format(Locale.ROOT, "%.0f %% duty cycle, idle otherwise", 100 * e.dutyCycle()),
                kwh(e.yearlyKwhAtDutyCycle()), usd(e.yearlyCostAtDutyCycleUsd()));
        out.append(y.render("  ")).append('\n');
    }

    private static void thermal(StringBuilder out, ClusterPlan plan) {
        ThermalVerdict t = plan.thermal();
        out.append("Thermal verdict (sustained full load, cooling ").append(t.cooling().id()).append(")\n");
        out.append("  ").append(t.summary()).append("\n");
        out.append(String.format(Locale.ROOT, "  effective speed %.0f %% of %.0f MHz\n\n", 100 * t.speedFraction(),
                t.maxMhz()));
    }

    private static void sweep(StringBuilder out, ClusterPlan plan, SweepEstimate s) {
        out.append("Sweep estimate");
        plan.workload().ifPresent(w -> out.append(": ").append(w.description()));
        out.append('\n');
        TextTable t = new TextTable().left("").left("");
        t.row("laptop speed", s.speedSource());
        t.row("one variant, this machine", seconds(s.laptopSecondsPerVariant()));
        t.row(String.format(Locale.ROOT, "one variant, %s (x%s slow-down, %.0f %% speed)", plan.board().id(),
                trim(plan.board().slowdown()), 100 * plan.thermal().speedFraction()),
                seconds(s.piSecondsPerVariant()));
        t.row("slots", String.format(Locale.ROOT, "%d nodes x %d jobs = %d at once", plan.request().nodes(),
                s.jobsPerNode(), s.slots()));
        t.row("waves", String.format(Locale.ROOT, "ceil(%d / %d) = %d", s.variants(), s.slots(), s.waves()));
        double mb = plan.workload().map(SweepWorkload::datasetMegabytes).orElse(0.0);
        t.row("data staging (" + plan.request().network().id() + ")", String.format(Locale.ROOT,
                "%s (%.1f MB to each of %d nodes over one link)", seconds(s.stagingSeconds()), mb,
                plan.request().nodes()));
        t.row("whole sweep, cluster", seconds(s.clusterSeconds()));
        t.row(String.format(Locale.ROOT, "whole sweep, this machine (%d cores)", s.laptopCores()),
                seconds(s.laptopSeconds()));
        out.append(t.render("  ").lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
        double ratio = s.clusterOverLaptop();
        out.append(ratio >= 1
                ? String.format(Locale.ROOT, "  the cluster takes %.1fx as long as this machine\n", ratio)
                : String.format(Locale.ROOT, "  the cluster is %.1fx as fast as this machine\n", 1 / ratio));
    }

    static String usd(BigDecimal amount) {
        return "$" + String.format(Locale.ROOT, "%,.2f", amount);
    }

    static String watts(double w) {
        return String.format(Locale.ROOT, "%.1f W", w);
    }

    static String kwh(double kwh) {
        return String.format(Locale.ROOT, "%,.1f kWh", kwh);
    }

    /** A duration with the unit that reads best: seconds, minutes or hours. */
    static String seconds(double s) {
        if (s < 60) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%.1f min", s / 60);
        }
        return String.format(Locale.ROOT, "%.2f h", s / 3600);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
