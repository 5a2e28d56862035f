package org.pilab.lessons.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * progress.json, version 1:
 * {@code {"version":1,"lessons":{"04-install-slurm":{"current_step":"install","steps":{"install":
 * {"done":true,"hints_shown":1,"solution_shown":false,"done_at_ms":1234}}}}}}.
 */
final class ProgressJson {

    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProgressJson() {
    }

    static String write(Progress p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode lessons = root.putObject("lessons");
        for (var e : new TreeMap<>(p.lessons()).entrySet()) {
            ObjectNode l = lessons.putObject(e.getKey());
            e.getValue().currentStep().ifPresent(s -> l.put("current_step", s));
            ObjectNode steps = l.putObject("steps");
            for (var s : e.getValue().steps().entrySet()) {
                ObjectNode n = steps.putObject(s.getKey());
                n.put("done", s.getValue().done());
                n.put("hints_shown", s.getValue().hintsShown());
                n.put("solution_shown", s.getValue().solutionShown());
                s.getValue().doneAtMillis().ifPresent(t -> n.put("done_at_ms", t));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write progress JSON", e);
        }
    }

    /** The version number in the text, or -1 if it has none. */
    static int version(JsonNode root) {
        JsonNode v = root.get("version");
        return v != null && v.canConvertToInt() ? v.asInt() : -1;
    }

    static JsonNode tree(String text) throws IOException {
        JsonNode root = MAPPER.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IOException("the file does not hold a JSON object");
        }
        return root;
    }

    static Progress read(JsonNode root) throws IOException {
        JsonNode lessons = root.get("lessons");
        if (lessons == null || !lessons.isObject()) {
            throw new IOException("no \"lessons\" object");
        }
        Map<String, LessonProgress> out = new LinkedHashMap<>();
        for (var e : lessons.properties()) {
            JsonNode l = e.getValue();
            if (!l.isObject()) {
                throw new IOException("lesson " + e.getKey() + " is not an object");
            }
            Map<String, StepProgress> steps = new LinkedHashMap<>();
            JsonNode s = l.path("steps");
            for (var se : s.properties()) {
                JsonNode n = se.getValue();
                if (!n.isObject() || !n.path("done").isBoolean()) {
                    throw new IOException("step " + se.getKey() + " of " + e.getKey() + " has no boolean \"done\"");
                }
                OptionalLong at = n.has("done_at_ms") ? OptionalLong.of(n.get("done_at_ms").asLong()) : OptionalLong.empty();
                steps.put(se.getKey(), new StepProgress(n.get("done").asBoolean(), n.path("hints_shown").asInt(0),
                        n.path("solution_shown").asBoolean(false), at));
            }
            Optional<String> current = l.hasNonNull("current_step") ? Optional.of(l.get("current_step").asText())
                    : Optional.empty();
            out.put(e.getKey(), new LessonProgress(current, steps));
        }
        return new Progress(out);
    }
}
