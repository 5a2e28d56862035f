package org.pilab.hardware.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The planned hardware as a scenario for the virtual cluster (format: hardware-guide/scenario-format.md):
 * {@code {"version": 1, "nodes": [{"name": "pi01", "model": "pi4-4gb", "cooling": "fan",
 * "network": "ethernet"}, ...]}}. Names run pi01, pi02, ... like the lessons' nodes.
 */
public final class ScenarioFile {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One virtual node.
     *
     * @param name    host name
     * @param model   catalogue model id
     * @param cooling "none", "heatsink" or "fan"
     * @param network "ethernet" or "wifi"
     */
    public record Node(String name, String model, String cooling, String network) {

        public Node {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(cooling, "cooling");
            Objects.requireNonNull(network, "network");
        }
    }

    private ScenarioFile() {
    }

    /** Nodes pi01..piNN, all alike. */
    public static List<Node> uniform(int nodes, String model, String cooling, String network) {
        return java.util.stream.IntStream.rangeClosed(1, nodes)
                .mapToObj(i -> new Node(String.format("pi%02d", i), model, cooling, network))
                .toList();
    }

    public static String toJson(List<Node> nodes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode array = root.putArray("nodes");
        for (Node n : nodes) {
            ObjectNode o = array.addObject();
            o.put("name", n.name());
            o.put("model", n.model());
            o.put("cooling", n.cooling());
            o.put("network", n.network());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario of plain strings always serialises", e);
        }
    }

    /** Writes the scenario atomically. */
    public static void write(Path file, List<Node> nodes) {
        AtomicWrite.text(file, toJson(nodes));
    }
}
