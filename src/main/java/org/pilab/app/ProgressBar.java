package org.pilab.app;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, drawn only when a person is watching a terminal:
 * redirected output and CI logs stay free of carriage returns.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final String unit;
    private final boolean visible;
    private int lastDrawn = -1;

    private ProgressBar(PrintWriter err, int total, String unit, boolean visible) {
        this.err = err;
        this.total = total;
        this.unit = unit;
        this.visible = visible;
    }

    static ProgressBar onTerminal(PrintWriter err, int total, String unit) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ProgressBar(err, total, unit, terminal);
    }

    /** Called from worker threads; redraws at most once per percent. */
    synchronized void update(int done) {
        if (!visible || total == 0) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent == lastDrawn) {
            return;
        }
        lastDrawn = percent;
        int filled = WIDTH * done / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + unit);
        err.flush();
    }

    synchronized void finish() {
        if (visible && lastDrawn >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
