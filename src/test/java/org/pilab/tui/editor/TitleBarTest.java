package org.pilab.tui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleBarTest {

    @Test
    void thePathDoesNotMoveWhenTheBufferBecomesModified() {
        String clean = TitleBar.line(80, "/etc/slurm/slurm.conf", false);
        String modified = TitleBar.line(80, "/etc/slurm/slurm.conf", true);

        assertEquals(clean.indexOf("/etc"), modified.indexOf("/etc"));
        assertTrue(modified.endsWith("Modified  "), modified);
        assertTrue(clean.startsWith("  GNU nano 7.2 "), clean);
        assertEquals(80, modified.length());
    }

    @Test
    void aNarrowScreenDropsTheVersionThenShortensThePath() {
        String narrow = TitleBar.line(30, "/etc/slurm/slurm.conf", true);

        assertFalse(narrow.contains("GNU nano"), narrow);
        assertTrue(narrow.contains("Modified"), narrow);
        String tiny = TitleBar.line(20, "/etc/slurm/slurm.conf", true);
        assertTrue(tiny.contains("...") && tiny.contains("Modified"), tiny);
        assertEquals(20, tiny.length());
    }
}
