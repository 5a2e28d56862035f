package org.pilab.shell.interactive;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.pilab.tui.FullScreenTerminal;
import org.pilab.tui.dashboard.Controls;
import org.pilab.tui.dashboard.Dashboard;
import org.pilab.tui.dashboard.DashboardSource;
import org.pilab.tui.editor.Editor;
import org.pilab.tui.editor.TextDocument;

/**
 * The real full-screen programs (the tui layer's editor and dashboard) on the JLine terminal's
 * streams. The full-screen terminal is opened per program and closed after it, which puts the
 * tty settings back as the shell had them.
 *
 * <p>JLine is not paused: for a system terminal pausing does nothing, and for a terminal fed by
 * JLine's own input pump it would stop the very stream the program reads keys from. Between the
 * prompt and the program nothing of JLine's reads or draws, which is what "one owner" needs.</p>
 */
final class LanternaScreens implements FullScreenRunner {

    private final Terminal terminal;

    LanternaScreens(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void edit(TextDocument document) throws IOException {
        try (FullScreenTerminal screen = open()) {
            Editor.run(screen, document);
        } finally {
            resyncTtySettings();
        }
    }

    @Override
    public void dashboard(DashboardSource source) throws IOException {
        try (FullScreenTerminal screen = open()) {
            Dashboard.run(screen, source, Controls.defaults());
        } finally {
            resyncTtySettings();
        }
    }

    private FullScreenTerminal open() throws IOException {
        terminal.flush();
        FullScreenTerminal screen = FullScreenTerminal.onStreams(PollableInput.of(terminal.input()),
                new AutoFlushingOutput(terminal.output()), terminal.encoding());
        resyncTtySettings();
        return screen;
    }

    /**
     * The full-screen terminal changes the tty settings with stty, behind JLine's back. JLine
     * keeps a copy of the settings and, for a timed read, switches the tty to timed mode (VMIN 0,
     * VTIME 1) only when its copy says the tty is not in that mode already; a stale copy would
     * turn the programs' 1 ms key polls into reads that wait for a key. Reading the real settings
     * back into JLine on the way in and out keeps the copy true.
     */
    private void resyncTtySettings() {
        try {
            terminal.setAttributes(terminal.getAttributes());
        } catch (RuntimeException e) {
            // Terminals without tty settings (an in-process one) have nothing to fix.
        }
    }
}
