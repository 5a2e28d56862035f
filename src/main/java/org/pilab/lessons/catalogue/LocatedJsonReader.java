package org.pilab.lessons.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with Jackson's streaming parser into {@link JsonNode}s that remember where each
 * value starts. Jackson's tree model drops locations, and a schema error without a line number
 * sends the author hunting through a 20 kB file.
 */
final class LocatedJsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LocatedJsonReader() {
    }

    /** Parses one document; syntax errors become {@link LessonFormatException}s naming the file. */
    static JsonNode read(String source, String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new LessonFormatException(source, 1, 1, "the file is empty: it must hold one JSON object");
            }
            JsonNode root = value(p, t);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new LessonFormatException(source, l.getLineNr(), l.getColumnNr(),
                        "extra text after the JSON object: remove it");
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new LessonFormatException(source, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "not valid JSON: " + msg);
        } catch (IOException e) {
            throw new LessonFormatException(source, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    members.put(name, value(p, p.nextToken()));
                }
                yield new JsonNode(members, line, col);
            }
            case START_ARRAY -> {
                List<JsonNode> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(value(p, k));
                }
                yield new JsonNode(items, line, col);
            }
            case VALUE_STRING -> new JsonNode(p.getText(), line, col);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNode(p.getNumberValue(), line, col);
            case VALUE_TRUE -> new JsonNode(Boolean.TRUE, line, col);
            case VALUE_FALSE -> new JsonNode(Boolean.FALSE, line, col);
            case VALUE_NULL -> new JsonNode(null, line, col);
            default -> throw new JsonParseException(p, "unexpected token " + t);
        };
    }
}
