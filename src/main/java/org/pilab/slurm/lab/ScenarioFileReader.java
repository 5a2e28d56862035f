package org.pilab.slurm.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.PiModel;

/**
 * Reads a scenario file (docs/scenario-file.md): the planner's format, version 1, with the
 * optional {@code "base"} ({@code fresh}, {@code networked} or {@code slurm-ready}, default
 * {@code slurm-ready}) and {@code "faults"} (names like {@code "munge-key"} or
 * {@code "munge-key@pi03"}), and builds the lab it describes.
 */
public final class ScenarioFileReader {

    /** What the file asks for. */
    public record Spec(String base, List<NodePlan> nodes, List<Fault> faults) {
        public Spec {
            nodes = List.copyOf(nodes);
            faults = List.copyOf(faults);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioFileReader() {
    }

    /** Reads, checks and builds. */
    public static Lab build(Path file, long seed) throws IOException {
        return build(read(file), file.toString(), seed);
    }

    public static Lab build(Spec spec, String name, long seed) {
        Lab lab = switch (spec.base()) {
            case Scenarios.FRESH -> Lab.wrap("file", seed, RackBuilder.fresh(seed, spec.nodes()), spec.nodes());
            case Scenarios.NETWORKED -> Lab.wrap("file", seed, RackBuilder.networked(seed, spec.nodes()), spec.nodes());
            default -> Scenarios.slurmReady("file", seed, spec.nodes(), slurmConf(spec.nodes()));
        };
        if (!spec.faults().isEmpty() && !spec.base().equals(Scenarios.SLURM_READY)) {
            throw new IllegalArgumentException(name + ": faults need \"base\": \"slurm-ready\"");
        }
        spec.faults().forEach(lab::inject);
        return lab;
    }

    public static Spec read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static Spec parse(String text, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": expected a JSON object with \"version\" and \"nodes\"");
        }
        if (root.path("version").asInt(-1) != 1) {
            throw new IllegalArgumentException(name + ": field \"version\" must be 1 (this reader knows version 1 only)");
        }
        String base = root.path("base").asText(Scenarios.SLURM_READY).toLowerCase(Locale.ROOT);
        if (!Scenarios.NAMES.contains(base)) {
            throw new IllegalArgumentException(name + ": field \"base\" is \"" + base + "\": use one of "
                    + String.join(", ", Scenarios.NAMES));
        }
        JsonNode nodes = root.path("nodes");
        if (!nodes.isArray() || nodes.isEmpty()) {
            throw new IllegalArgumentException(name + ": field \"nodes\" must be a non-empty array");
        }
        List<NodePlan> plans = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Catalogue catalogue = Catalogue.load();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String where = name + ": nodes[" + i + "]";
            String host = text(n, "name", where);
            if (!host.matches("[a-z][a-z0-9-]{0,62}") || !names.add(host)) {
                throw new IllegalArgumentException(where + ".name \"" + host + "\" must be a unique lower-case host name");
            }
            String model = text(n, "model", where);
            if (catalogue.models().stream().noneMatch(m -> m.id().equals(model))) {
                throw new IllegalArgumentException(where + ".model \"" + model + "\" is not in the hardware catalogue: use one of "
                        + String.join(", ", catalogue.models().stream().map(PiModel::id).toList()));
            }
            String cooling = text(n, "cooling", where);
            Cooling c;
            try {
                c = Cooling.valueOf(cooling.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".cooling \"" + cooling + "\": use none, heatsink or fan");
            }
            String network = text(n, "network", where);
            if (!network.equals("ethernet") && !network.equals("wifi")) {
                throw new IllegalArgumentException(where + ".network \"" + network + "\": use ethernet or wifi");
            }
            plans.add(new NodePlan(host, model, c, network.equals("ethernet")));
        }
        List<Fault> faults = new ArrayList<>();
        JsonNode f = root.path("faults");
        if (!f.isMissingNode()) {
            if (!f.isArray()) {
                throw new IllegalArgumentException(name + ": field \"faults\" must be an array of fault names");
            }
            for (JsonNode item : f) {
                try {
                    Fault fault = Fault.parse(item.asText());
                    if (!names.contains(fault.node())) {
                        throw new IllegalArgumentException("fault " + fault.id() + " is on " + fault.node()
                                + ", which is not among the nodes");
                    }
                    faults.add(fault);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": faults: " + e.getMessage());
                }
            }
        }
        return new Spec(base, plans, faults);
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": field \"" + field + "\" is missing (a string is needed)");
        }
        return v.asText();
    }

    /** The slurm-ready settings with one NodeName line per board, as slurmd -C prints it there. */
    static String slurmConf(List<NodePlan> nodes) {
        Catalogue catalogue = Catalogue.load();
        StringBuilder sb = new StringBuilder();
        for (String line : org.pilab.slurm.cmd.Scenarios.slurmReady().split("\n")) {
            if (line.startsWith("NodeName=")) {
                for (NodePlan p : nodes) {
                    sb.append(catalogue.model(p.model()).slurmdConfigLine(p.name())).append(" State=UNKNOWN\n");
                }
            } else if (line.startsWith("SlurmctldHost=")) {
                sb.append("SlurmctldHost=").append(nodes.get(0).name()).append('\n');
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
