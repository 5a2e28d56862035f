package org.pilab.lessons.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void longLinesBreakBetweenWordsWithinTheWidth() {
        String text = "word ".repeat(40).strip();
        String wrapped = Prose.wrap(text);
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= Prose.WIDTH, line);
            assertTrue(!line.startsWith(" ") && !line.endsWith(" "), line);
        }
        assertEquals(text, wrapped.replace('\n', ' '));
    }

    @Test
    void codeIsLeftAsWritten() {
        String code = "```\n" + "sbatch --array=0-119%8 ".repeat(5) + "\n```";
        assertEquals(code, Prose.wrap(code));
        String indented = "    " + "x".repeat(100);
        assertEquals(indented, Prose.wrap(indented));
    }
}
