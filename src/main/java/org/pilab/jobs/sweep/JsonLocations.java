package org.pilab.jobs.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer, so that a message about a field can
 * name its line and column (the tree model forgets them).
 */
final class JsonLocations {

    private final Map<String, JsonLocation> byPointer;

    private JsonLocations(Map<String, JsonLocation> byPointer) {
        this.byPointer = byPointer;
    }

    static JsonLocations of(String json) {
        Map<String, JsonLocation> map = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    map.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // The text was parsed once already; a failure here only costs the locations.
        }
        return new JsonLocations(map);
    }

    /** {@code line 12, column 5} for the member {@code key} of the object at {@code prefix}. */
    String describe(String prefix, String key) {
        return describe(prefix + "/" + key.replace("~", "~0").replace("/", "~1"));
    }

    String describe(String pointer) {
        JsonLocation loc = byPointer.get(pointer);
        return loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
