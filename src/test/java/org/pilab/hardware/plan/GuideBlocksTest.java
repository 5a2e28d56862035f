package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GuideBlocksTest {

    private static final String PAGE = """
            # Title
            prose before
            <!-- generated:models -->
            old table
            <!-- /generated:models -->
            prose between
            <!-- generated:power -->
            <!-- /generated:power -->
            prose after
            """;

    @Test
    void readsTheContentOfEachBlock() {
        Map<String, String> blocks = GuideBlocks.contents(PAGE, "p.md");
        assertEquals(Map.of("models", "old table\n", "power", ""), blocks);
    }

    @Test
    void fillReplacesOnlyTheInsideOfTheMarkers() {
        String filled = GuideBlocks.fill(PAGE, "p.md", Map.of("models", "new\n", "power", "watts\n"));
        assertEquals(PAGE.replace("old table\n", "new\n").replace("<!-- generated:power -->\n",
                "<!-- generated:power -->\nwatts\n"), filled);
        assertEquals(Map.of("models", "new\n", "power", "watts\n"), GuideBlocks.contents(filled, "p.md"));
    }

    @Test
    void aMissingCloseMarkerNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GuideBlocks.find("a\n<!-- generated:models -->\nx\n", "p.md"));
        assertTrue(e.getMessage().startsWith("p.md:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("<!-- /generated:models -->"), e.getMessage());
    }

    @Test
    void anUnknownBlockNameIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GuideBlocks.fill(PAGE, "p.md", Map.of("models", "x\n")));
        assertTrue(e.getMessage().contains("\"power\""), e.getMessage());
    }
}
