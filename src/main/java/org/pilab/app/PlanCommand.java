package org.pilab.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pilab.hardware.CatalogueException;
import org.pilab.hardware.plan.BenchFile;
import org.pilab.hardware.plan.CatalogueView;
import org.pilab.hardware.plan.ClusterPlan;
import org.pilab.hardware.plan.ClusterPlanner;
import org.pilab.hardware.plan.CoolingChoice;
import org.pilab.hardware.plan.GuideTables;
import org.pilab.hardware.plan.GuideUpdater;
import org.pilab.hardware.plan.LaptopSpeed;
import org.pilab.hardware.plan.NetworkChoice;
import org.pilab.hardware.plan.PlanInputException;
import org.pilab.hardware.plan.PlanJson;
import org.pilab.hardware.plan.PlanReport;
import org.pilab.hardware.plan.PlanRequest;
import org.pilab.hardware.plan.PowerChoice;
import org.pilab.hardware.plan.ScenarioFile;
import org.pilab.hardware.plan.StorageChoice;
import org.pilab.hardware.plan.SweepWorkload;
import org.pilab.hardware.plan.WorkloadFromSpec;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.spec.SpecException;
import org.pilab.jobs.sweep.SweepSpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pilab plan}: Plan a real Pi cluster: bill of materials, power, thermal verdict, sweep time. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan a real Pi cluster: bill of materials, power, thermal verdict, sweep time.",
            "All figures come from the hardware catalogue; see hardware-guide/ for their sources."},
        footer = {"", "Examples:",
            "  pilab plan --nodes 4 --model pi4-4gb --cooling fan",
            "  pilab plan --nodes 8 --model pi5-8gb --sweep sweep.json",
            "  pilab plan --nodes 4 --model pi4-4gb --power poe --storage ssd",
            "  pilab plan --nodes 4 --model pi4-4gb --json plan.json --apply rack.json",
            "  " + GuideTables.UPDATE_COMMAND})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", paramLabel = "N", description = "Compute nodes, 1-64.")
    Integer nodes;

    @Option(names = "--model", paramLabel = "M", description = "Catalogue model id, e.g. pi4-4gb or pi5-8gb.")
    String model;

    @Option(names = "--cooling", paramLabel = "KIND", defaultValue = "fan",
            description = "none, heatsink or fan (default: ${DEFAULT-VALUE}).")
    CoolingChoice cooling;

    @Option(names = "--network", paramLabel = "KIND", defaultValue = "ethernet",
            description = "ethernet or wifi (default: ${DEFAULT-VALUE}).")
    NetworkChoice network;

    @Option(names = "--storage", paramLabel = "KIND", defaultValue = "sd",
            description = "sd or ssd (default: ${DEFAULT-VALUE}).")
    StorageChoice storage;

    @Option(names = "--power", paramLabel = "KIND", defaultValue = "psu",
            description = "psu (one official supply each) or poe (PoE HATs and a PoE switch; not Pi 5) "
                    + "(default: ${DEFAULT-VALUE}).")
    PowerChoice power;

    @Option(names = "--kwh-price", paramLabel = "USD", defaultValue = "0.30",
            description = "Electricity price per kWh in US dollars (default: ${DEFAULT-VALUE}).")
    BigDecimal kwhPrice;

    @Option(names = "--duty-cycle", paramLabel = "FRACTION", defaultValue = "0.25",
            description = "Share of the year at full load, idle otherwise (default: ${DEFAULT-VALUE}).")
    double dutyCycle;

    @Option(names = "--sweep", paramLabel = "SPEC", description = "A sweep spec: estimate its time on the cluster.")
    Path sweep;

    @Option(names = "--bench-json", paramLabel = "FILE",
            description = "This machine's engine speed, from 'pilab bench --json FILE' (default: a documented "
                    + "estimate).")
    Path benchJson;

    @Option(names = "--laptop-cores", paramLabel = "N",
            description = "Cores this machine runs variants on, for the comparison (default: all of them).")
    Integer laptopCores;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the plan as JSON to FILE.")
    Path json;

    @Option(names = "--apply", paramLabel = "FILE",
            description = "Write the planned nodes as a scenario file for the virtual cluster "
                    + "(format: hardware-guide/scenario-format.md).")
    Path apply;

    @Option(names = "--update-guide", paramLabel = "DIR",
            description = "Rewrite the generated tables of the hardware guide in DIR from the catalogue, then exit.")
    Path updateGuide;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            CatalogueView catalogue = CatalogueView.bundled();
            if (updateGuide != null) {
                return updateGuide(catalogue, out);
            }
            ClusterPlan plan = new ClusterPlanner(catalogue).plan(request(), workload(), laptopSpeed(),
                    laptopCores());
            out.print(PlanReport.text(plan));
            if (json != null) {
                PlanJson.write(json, plan);
                out.println("\nWrote the plan as JSON to " + json);
            }
            if (apply != null) {
                ScenarioFile.write(apply, plan.scenarioNodes());
                out.println((json == null ? "\n" : "") + "Wrote a scenario of " + plan.request().nodes()
                        + " virtual nodes to " + apply);
            }
            out.flush();
            return 0;
        } catch (PlanInputException | SpecException | CatalogueException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private int updateGuide(CatalogueView catalogue, PrintWriter out) {
        List<Path> changed = new GuideUpdater(new GuideTables(catalogue)).update(updateGuide);
        if (changed.isEmpty()) {
            out.println(updateGuide + ": every generated table already matches the catalogue");
        }
        changed.forEach(p -> out.println("updated " + p));
        out.flush();
        return 0;
    }

    private PlanRequest request() {
        if (nodes == null || model == null) {
            throw new UserInputException("give --nodes N and --model M (e.g. --nodes 4 --model pi4-4gb), "
                    + "or --update-guide DIR");
        }
        return new PlanRequest(nodes, model, cooling, network, storage, power, kwhPrice, dutyCycle);
    }

    /** The sweep's size, read with the same reader (and checks) as {@code pilab sweep}. */
    private Optional<SweepWorkload> workload() {
        if (sweep == null) {
            return Optional.empty();
        }
        SweepSpec spec = new SweepSpecReader().read(sweep, false);
        return Optional.of(WorkloadFromSpec.of(spec.size(), spec.base(), sweep.toString()));
    }

    private LaptopSpeed laptopSpeed() {
        return benchJson == null ? LaptopSpeed.defaults() : BenchFile.read(benchJson);
    }

    private int laptopCores() {
        if (laptopCores == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (laptopCores < 1) {
            throw new UserInputException("--laptop-cores must be at least 1, got " + laptopCores);
        }
        return laptopCores;
    }
}
