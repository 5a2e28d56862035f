package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Dotted paths ({@code alpha.lookback}) into a JSON spec: look-up and replacement. */
final class SpecPaths {

    private SpecPaths() {
    }

    /** The node at {@code path}, if every step of it exists. */
    static Optional<JsonNode> find(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.", -1)) {
            if (node == null || !node.isObject() || step.isEmpty() || !node.has(step)) {
                return Optional.empty();
            }
            node = node.get(step);
        }
        return Optional.of(node);
    }

    /** Replaces the value at an existing {@code path}. */
    static void set(ObjectNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : find(root, path.substring(0, dot)).orElseThrow();
        ((ObjectNode) parent).set(path.substring(dot + 1), value.deepCopy());
    }
}
