package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class StatusBarTest {

    @Test
    void drawsTheTextAtTheBottomOfAColourTerminal() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (PipedOutputStream keys = new PipedOutputStream();
             Terminal terminal = ShellHarness.terminal("xterm-256color", new PipedInputStream(keys), screen)) {
            StatusBar bar = StatusBar.on(terminal);
            assertTrue(bar.shown());
            bar.setText("Lesson 2 step 1/4 | 00:03:10 | clock 1x");
            bar.draw();
            String drawn = screen.toString(StandardCharsets.UTF_8);
            assertTrue(drawn.contains("Lesson 2 step 1/4 | 00:03:10 | clock 1x"), drawn);
            assertTrue(drawn.contains("\u001b[24;1H"), "drawn on row 24 of 24: " + drawn);
        }
    }

    @Test
    void aDumbTerminalHasNoStatusLineAndGetsNothingDrawn() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (PipedOutputStream keys = new PipedOutputStream();
             Terminal terminal = ShellHarness.terminal(Terminal.TYPE_DUMB, new PipedInputStream(keys), screen)) {
            StatusBar bar = StatusBar.on(terminal);
            assertFalse(bar.shown());
            bar.setText("Lesson 2 step 1/4");
            bar.draw();
            bar.hide();
            assertEquals("", screen.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theTextIsShownInInverseVideo() {
        var styled = StatusBar.styled("00:00:05");
        assertEquals(" 00:00:05", styled.toString());
        assertEquals(AttributedStyle.INVERSE, styled.styleAt(1));
    }
}
