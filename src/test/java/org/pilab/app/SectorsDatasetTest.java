package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** datasets/sectors is exactly what the command recorded in its README produces. */
class SectorsDatasetTest {

    private static final Path SECTORS = Path.of("datasets/sectors");

    @TempDir
    Path out;

    @Test
    void readmeCommandRegeneratesIdenticalBytes() throws IOException {
        String readme = Files.readString(SECTORS.resolve("README.md"));
        Matcher m = Pattern.compile("\\./pilab (data synth [^\\n]*) --out datasets/sectors").matcher(readme);
        assertTrue(m.find(), "README.md records the command");
        List<String> args = new ArrayList<>(List.of(m.group(1).split(" ")));
        args.add("--out");
        args.add(out.toString());

        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());

        List<Path> shipped = csvFiles(SECTORS);
        assertEquals(10, shipped.size());
        assertEquals(shipped.stream().map(Path::getFileName).toList(), csvFiles(out).stream().map(Path::getFileName).toList());
        for (Path file : shipped) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out.resolve(file.getFileName())),
                    file + " differs from its regeneration");
        }
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
