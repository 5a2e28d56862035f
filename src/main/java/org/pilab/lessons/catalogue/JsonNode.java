package org.pilab.lessons.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line and column where it starts, so schema errors can point at it.
 * {@code value} is a {@code Map<String, JsonNode>} (in file order), a {@code List<JsonNode>}, a
 * String, a Number, a Boolean or null.
 */
record JsonNode(Object value, int line, int column) {

    boolean isObject() {
        return value instanceof Map;
    }

    boolean isArray() {
        return value instanceof List;
    }

    boolean isString() {
        return value instanceof String;
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonNode> object() {
        return (Map<String, JsonNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<JsonNode> array() {
        return (List<JsonNode>) value;
    }

    String where() {
        return line + ":" + column;
    }

    /** What kind of value this is, for messages ("expected a string, found an array"). */
    String kind() {
        if (value == null) {
            return "null";
        }
        if (isObject()) {
            return "an object";
        }
        if (isArray()) {
            return "an array";
        }
        if (isString()) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
