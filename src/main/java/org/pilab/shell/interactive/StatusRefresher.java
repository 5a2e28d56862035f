package org.pilab.shell.interactive;

import org.jline.reader.LineReader;

/**
 * Keeps the status line current. The text is fetched from the session first, with no terminal
 * lock held; only the drawing happens under the line reader's lock (through a widget), so a
 * key being echoed never waits for the simulation.
 */
final class StatusRefresher {

    /** The name of the line reader widget that redraws the status line while a prompt is up. */
    static final String WIDGET = "pilab-status";

    private final SessionWorker worker;
    private final StatusBar statusBar;
    private final LineReader reader;

    StatusRefresher(SessionWorker worker, StatusBar statusBar, LineReader reader) {
        this.worker = worker;
        this.statusBar = statusBar;
        this.reader = reader;
        reader.getWidgets().put(WIDGET, () -> {
            statusBar.draw();
            return true;
        });
    }

    /** From the shell's own thread, between a command and the next prompt. */
    void refreshNow() {
        if (statusBar.shown()) {
            statusBar.setText(worker.statusLine());
            statusBar.draw();
        }
    }

    /**
     * From the timer: new text always; drawn only while a prompt is up. While a command or a
     * full-screen program owns the terminal, the next prompt draws it.
     */
    void refreshFromTimer() {
        if (!statusBar.shown()) {
            return;
        }
        statusBar.setText(worker.statusLine());
        if (reader.isReading()) {
            try {
                reader.callWidget(WIDGET);
            } catch (IllegalStateException e) {
                // The prompt was accepted in between; the next prompt draws the new text.
            }
        }
    }
}
