package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's generated tables must show exactly what the catalogue holds. */
class GuideInSyncTest {

    private static final Path GUIDE = Path.of("hardware-guide");

    private static GuideUpdater updater() {
        return new GuideUpdater(new GuideTables(CatalogueView.bundled()));
    }

    @Test
    void generatedBlocksMatchTheCatalogue() {
        List<String> stale = updater().staleBlocks(GUIDE);
        assertTrue(stale.isEmpty(), () -> "hardware-guide tables differ from the catalogue: " + stale
                + "; regenerate them with `" + GuideTables.UPDATE_COMMAND + "` and commit the result");
    }

    @Test
    void everyGeneratorHasABlockInTheGuide() throws Exception {
        java.util.Set<String> found = new java.util.HashSet<>();
        try (var pages = Files.list(GUIDE)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                found.addAll(GuideBlocks.contents(Files.readString(page), page.toString()).keySet());
            }
        }
        assertEquals(new GuideTables(CatalogueView.bundled()).blocks().keySet(), found);
    }

    @Test
    void aHandEditedTableIsCaughtAndRepaired(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("01.md");
        String original = "# Boards\n<!-- generated:models -->\n| hand | edited |\n<!-- /generated:models -->\nprose\n";
        Files.writeString(page, original);
        GuideUpdater updater = updater();
        assertEquals(List.of("01.md: models"), updater.staleBlocks(dir));
        assertEquals(List.of(page), updater.update(dir));
        assertTrue(updater.staleBlocks(dir).isEmpty());
        String repaired = Files.readString(page);
        assertTrue(repaired.startsWith("# Boards\n<!-- generated:models -->\n"), repaired);
        assertTrue(repaired.endsWith("<!-- /generated:models -->\nprose\n"), repaired);
        assertTrue(repaired.contains("`pi4-4gb`"), repaired);
        assertEquals(List.of(), updater.update(dir), "a second update changes nothing");
    }

    @Test
    void modelTableListsEveryCatalogueModel() {
        Map<String, String> blocks = new GuideTables(CatalogueView.bundled()).blocks();
        for (String id : CatalogueView.bundled().modelIds()) {
            assertTrue(blocks.get("models").contains("`" + id + "`"), id);
        }
    }
}
