package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.pilab.shell.PromptState;

class PromptRendererTest {

    private static String render(String type, PromptState state) throws Exception {
        try (PipedOutputStream keys = new PipedOutputStream();
             Terminal terminal = ShellHarness.terminal(type, new PipedInputStream(keys), new ByteArrayOutputStream())) {
            return new PromptRenderer(terminal).render(state);
        }
    }

    @Test
    void aDumbTerminalGetsThePlainPrompt() throws Exception {
        assertEquals("pi@pi1:~/jobs$ ", render(Terminal.TYPE_DUMB, new PromptState("pi", "pi1", "~/jobs", false, 1)));
        assertEquals("root@pi1:/etc/slurm# ",
                render(Terminal.TYPE_DUMB, new PromptState("root", "pi1", "/etc/slurm", true, 1)));
    }

    @Test
    void aColourTerminalGetsDebiansBoldGreenUserAtHostAndBoldBlueFolder() throws Exception {
        PromptState state = new PromptState("pi", "pi1", "~/jobs", false, 1);
        AttributedString prompt = AttributedString.fromAnsi(render("xterm-256color", state));

        assertEquals("pi@pi1:~/jobs$ ", prompt.toString());
        AttributedStyle boldGreen = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
        AttributedStyle boldBlue = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
        assertEquals(boldGreen, prompt.styleAt(0));
        assertEquals(boldGreen, prompt.styleAt("pi@pi".length()));
        assertEquals(AttributedStyle.DEFAULT, prompt.styleAt("pi@pi1".length()));
        assertEquals(boldBlue, prompt.styleAt("pi@pi1:".length()));
        assertEquals(AttributedStyle.DEFAULT, prompt.styleAt("pi@pi1:~/jobs".length()));
    }
}
