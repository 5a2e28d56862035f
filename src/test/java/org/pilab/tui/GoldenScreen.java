package org.pilab.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a screen's text with a golden file under src/test/resources/tui-golden/.
 *
 * <p>To accept changed screens, run the tests with {@code -Dtui.golden.update=true}, e.g.
 * {@code mvn -q -o test -Dtest='org.pilab.tui.**' -Dtui.golden.update=true}: every compared
 * screen is then written to its golden file instead of checked. Review the diff with {@code git diff src/test/resources/tui-golden} before committing.</p>
 */
public final class GoldenScreen {

    private static final Path FOLDER = Path.of("src", "test", "resources", "tui-golden");
    private static final boolean UPDATE = Boolean.getBoolean("tui.golden.update");

    private GoldenScreen() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = FOLDER.resolve(name + ".txt");
        try {
            if (UPDATE) {
                Files.createDirectories(FOLDER);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), "no golden screen " + file
                    + ": run with -Dtui.golden.update=true to write it, then review it");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "screen differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
