package org.pilab.lessons.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the members of one JSON object against a schema, collecting problems with their
 * locations instead of stopping at the first: an author fixes a file in one pass.
 */
final class ObjectReader {

    private final String source;
    private final String what;
    private final JsonNode node;
    private final List<String> problems;

    ObjectReader(String source, String what, JsonNode node, List<String> problems) {
        this.source = source;
        this.what = what;
        this.node = node;
        this.problems = problems;
    }

    boolean isObject() {
        if (!node.isObject()) {
            problem(node, what + " must be a JSON object, found " + node.kind());
            return false;
        }
        return true;
    }

    /** Reports every key not in {@code allowed}. */
    void onlyKeys(Set<String> allowed) {
        for (var e : node.object().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue(), "unknown key \"" + e.getKey() + "\" in " + what + ": allowed keys are "
                        + String.join(", ", new TreeSet<>(allowed)) + " (see docs/lesson-format.md)");
            }
        }
    }

    boolean has(String key) {
        return node.object().containsKey(key);
    }

    Optional<JsonNode> member(String key) {
        return Optional.ofNullable(node.object().get(key));
    }

    JsonNode node() {
        return node;
    }

    String requiredString(String key) {
        return member(key).map(v -> string(key, v)).orElseGet(() -> {
            missing(key);
            return "";
        });
    }

    Optional<String> optionalString(String key) {
        return member(key).map(v -> string(key, v));
    }

    private String string(String key, JsonNode v) {
        if (!v.isString()) {
            problem(v, "\"" + key + "\" in " + what + " must be a string, found " + v.kind());
            return "";
        }
        if (((String) v.value()).isBlank()) {
            problem(v, "\"" + key + "\" in " + what + " is empty: write a value");
        }
        return (String) v.value();
    }

    Optional<Integer> optionalInt(String key) {
        Optional<JsonNode> v = member(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get().value() instanceof Integer i)) {
            problem(v.get(), "\"" + key + "\" in " + what + " must be a whole number, found " + v.get().kind());
            return Optional.of(0);
        }
        return Optional.of(i);
    }

    Optional<Boolean> optionalBoolean(String key) {
        Optional<JsonNode> v = member(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get().value() instanceof Boolean b)) {
            problem(v.get(), "\"" + key + "\" in " + what + " must be true or false, found " + v.get().kind());
            return Optional.of(false);
        }
        return Optional.of(b);
    }

    int requiredInt(String key) {
        if (!has(key)) {
            missing(key);
            return 0;
        }
        return optionalInt(key).orElse(0);
    }

    /** A list of non-empty strings. */
    List<String> stringList(String key, boolean required) {
        Optional<JsonNode> v = member(key);
        if (v.isEmpty()) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (!v.get().isArray()) {
            problem(v.get(), "\"" + key + "\" in " + what + " must be an array of strings, found " + v.get().kind());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v.get().array()) {
            out.add(string(key, item));
        }
        return out;
    }

    /** The array of objects under {@code key}. */
    List<JsonNode> objectList(String key, boolean required) {
        Optional<JsonNode> v = member(key);
        if (v.isEmpty()) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (!v.get().isArray()) {
            problem(v.get(), "\"" + key + "\" in " + what + " must be an array, found " + v.get().kind());
            return List.of();
        }
        return v.get().array();
    }

    void missing(String key) {
        problem(node, what + " has no \"" + key + "\": add it (see docs/lesson-format.md)");
    }

    void problem(JsonNode at, String message) {
        problems.add(source + ":" + at.where() + ": " + message);
    }

    ObjectReader child(String childWhat, JsonNode child) {
        return new ObjectReader(source, childWhat, child, problems);
    }
}
