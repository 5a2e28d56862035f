package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

    @Test
    void writesOneEntryPerNodeNamedLikeTheLessons(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rack.json");
        ScenarioFile.write(file, ScenarioFile.uniform(3, "pi4-4gb", "fan", "ethernet"));
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(List.of("version", "nodes"), List.copyOf(iterable(root.fieldNames())));
        assertEquals(1, root.get("version").asInt());
        assertEquals(3, root.get("nodes").size());
        JsonNode third = root.get("nodes").get(2);
        assertEquals("pi03", third.get("name").asText());
        assertEquals("pi4-4gb", third.get("model").asText());
        assertEquals("fan", third.get("cooling").asText());
        assertEquals("ethernet", third.get("network").asText());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
