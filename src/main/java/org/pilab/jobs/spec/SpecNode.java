package org.pilab.jobs.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON value of a spec with its place (dotted path, JSON pointer, source): typed getters
 * that fail with a message naming the file, line, column and field, so every check reads as
 * one line in the reader.
 */
final class SpecNode {

    private final JsonNode node;
    private final String path;
    private final String pointer;
    private final Source source;

    /** The file or sweep variant the spec came from, and where its values were written. */
    record Source(String name, JsonLocator locator) {
    }

    private SpecNode(JsonNode node, String path, String pointer, Source source) {
        this.node = node;
        this.path = path;
        this.pointer = pointer;
        this.source = source;
    }

    static SpecNode root(JsonNode node, Source source) {
        return new SpecNode(node, "", "", source);
    }

    String path() {
        return path;
    }

    JsonNode json() {
        return node;
    }

    /** A failure at this node, e.g. {@code spec.json:4:3: alpha.lookback: must be at least 1}. */
    SpecException error(String problem) {
        return error(problem, true);
    }

    private SpecException error(String problem, boolean withPath) {
        StringBuilder m = new StringBuilder(source.name());
        source.locator().lineColumn(pointer).ifPresent(lc -> m.append(':').append(lc));
        m.append(": ");
        if (withPath && !path.isEmpty()) {
            m.append(path).append(": ");
        }
        return new SpecException(m.append(problem).toString());
    }

    private String describePlace() {
        return path.isEmpty() ? "the spec" : "\"" + path + "\"";
    }

    /** Requires an object and rejects keys not in {@code valid} (usually typos). */
    SpecNode requireObject(List<String> valid) {
        if (!node.isObject()) {
            throw error("expected an object {...}, got " + kind(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!valid.contains(e.getKey())) {
                String hint = KeySuggester.closest(e.getKey(), valid)
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("");
                // Located at the stray key; the message names the key and its parent instead of a path.
                throw child(e.getKey()).error("unknown key \"" + e.getKey() + "\" in " + describePlace()
                        + "; valid keys: " + String.join(", ", valid) + hint, false);
            }
        }
        return this;
    }

    /** Requires an object whose keys are free-form (e.g. symbol -> weight). */
    SpecNode requireAnyObject() {
        if (!node.isObject()) {
            throw error("expected an object {...}, got " + kind(node));
        }
        return this;
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** The member {@code key}, which may be missing (then its json() is null). */
    SpecNode child(String key) {
        String childPath = path.isEmpty() ? key : path + "." + key;
        return new SpecNode(node.get(key), childPath, pointer + "/" + escape(key), source);
    }

    SpecNode element(int index) {
        return new SpecNode(node.get(index), path + "[" + index + "]", pointer + "/" + index, source);
    }

    /** A required member: a missing one is reported at this (its parent's) location. */
    SpecNode required(String key, String whatToWrite) {
        if (!has(key)) {
            throw error("missing required key \"" + key + "\"; " + whatToWrite);
        }
        return child(key);
    }

    List<SpecNode> elements() {
        if (!node.isArray()) {
            throw error("expected a list [...], got " + kind(node));
        }
        List<SpecNode> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(element(i));
        }
        return out;
    }

    List<String> keys() {
        List<String> out = new ArrayList<>();
        node.properties().forEach(e -> out.add(e.getKey()));
        return out;
    }

    String asText() {
        if (!node.isTextual()) {
            throw error("expected a string in double quotes, got " + kind(node));
        }
        return node.textValue();
    }

    double asNumber() {
        if (!node.isNumber()) {
            throw error("expected a number, got " + kind(node));
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw error("expected a finite number, got " + node);
        }
        return v;
    }

    int asWholeNumber() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error("expected a whole number, got " + kind(node));
        }
        return node.intValue();
    }

    LocalDate asDate() {
        String text = asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("\"" + text + "\" is not a valid date; write it as YYYY-MM-DD, e.g. \"2007-01-31\"");
        }
    }

    Optional<String> optionalText(String key) {
        return has(key) ? Optional.of(child(key).asText()) : Optional.empty();
    }

    Optional<LocalDate> optionalDate(String key) {
        return has(key) ? Optional.of(child(key).asDate()) : Optional.empty();
    }

    double number(String key, double defaultValue) {
        return has(key) ? child(key).asNumber() : defaultValue;
    }

    int wholeNumber(String key, int defaultValue) {
        return has(key) ? child(key).asWholeNumber() : defaultValue;
    }

    /** "a string "abc"", "a number 12", ... for messages. */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isTextual()) {
            return "the string \"" + v.textValue() + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
