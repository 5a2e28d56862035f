package org.pilab.jobs.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Line and column of each value in a JSON text, keyed by JSON pointer. Jackson's trees drop
 * locations, so the reader checks the tree and asks this index where a bad field was written.
 * For an object member the location is that of its key, which is where a person looks.
 */
public final class JsonLocator {

    private static final JsonLocator NONE = new JsonLocator(Map.of());

    private final Map<String, String> lineColumnByPointer;

    private JsonLocator(Map<String, String> lineColumnByPointer) {
        this.lineColumnByPointer = lineColumnByPointer;
    }

    /** For specs built in memory (e.g. a sweep variant): no line numbers, only field paths. */
    public static JsonLocator none() {
        return NONE;
    }

    /** Indexes an already well-formed JSON text. */
    public static JsonLocator index(String json) {
        Map<String, String> where = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t.isStructStart()) {
                    // The pointer of a container's start token is its parent's slot.
                    pointer = p.getParsingContext().getParent() == null
                            ? "" : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                JsonLocation loc = p.currentTokenLocation();
                where.putIfAbsent(pointer, loc.getLineNr() + ":" + loc.getColumnNr());
            }
        } catch (IOException e) {
            // Only called on text that already parsed; a failure just means fewer locations.
            return new JsonLocator(Map.copyOf(where));
        }
        return new JsonLocator(Map.copyOf(where));
    }

    /** "line:column" of the value at {@code pointer}, if the text had one. */
    public Optional<String> lineColumn(String pointer) {
        return Optional.ofNullable(lineColumnByPointer.get(pointer));
    }
}
