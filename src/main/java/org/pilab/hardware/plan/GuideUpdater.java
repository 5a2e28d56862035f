package org.pilab.hardware.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the guide's generated blocks equal to what the catalogue gives: lists the blocks that
 * differ, and rewrites them (atomically, page by page) on request.
 */
public final class GuideUpdater {

    private final Map<String, String> generated;

    public GuideUpdater(GuideTables tables) {
        this.generated = tables.blocks();
    }

    /** Blocks whose text differs from the catalogue's, as "page.md: block". */
    public List<String> staleBlocks(Path guideDir) {
        List<String> stale = new ArrayList<>();
        for (Path page : pages(guideDir)) {
            String text = read(page);
            Map<String, String> current = GuideBlocks.contents(text, page.toString());
            for (Map.Entry<String, String> e : current.entrySet()) {
                String wanted = generated.get(e.getKey());
                if (wanted == null) {
                    throw new IllegalArgumentException(page + ": no generator for block \"" + e.getKey()
                            + "\"; known blocks: " + String.join(", ", generated.keySet()));
                }
                if (!wanted.equals(e.getValue())) {
                    stale.add(page.getFileName() + ": " + e.getKey());
                }
            }
        }
        return stale;
    }

    /** Rewrites every page with a stale block; returns the pages rewritten. */
    public List<Path> update(Path guideDir) {
        List<Path> changed = new ArrayList<>();
        for (Path page : pages(guideDir)) {
            String text = read(page);
            String filled = GuideBlocks.fill(text, page.toString(), generated);
            if (!filled.equals(text)) {
                AtomicWrite.text(page, filled);
                changed.add(page);
            }
        }
        return changed;
    }

    private static List<Path> pages(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PlanInputException(dir + " is not a directory; give the guide's folder, e.g. hardware-guide");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }
}
