package org.pilab.shell.interactive;

import java.io.IOException;
import java.io.PrintWriter;
import org.pilab.shell.FullScreenRequest;
import org.pilab.tui.dashboard.DashboardSource;

/**
 * Hands the terminal to a full-screen program and takes it back: the status line gives up the
 * bottom row first and is drawn again by the next prompt. The program's calls into the session
 * (an editor's save, a dashboard's refresh) go through the session's thread like any other.
 */
final class FullScreenHandoff {

    private final FullScreenRunner runner;
    private final SessionWorker worker;
    private final RealTimeTicker ticker;
    private final StatusBar statusBar;
    private final PrintWriter out;

    FullScreenHandoff(FullScreenRunner runner, SessionWorker worker, RealTimeTicker ticker,
                      StatusBar statusBar, PrintWriter out) {
        this.runner = runner;
        this.worker = worker;
        this.ticker = ticker;
        this.statusBar = statusBar;
        this.out = out;
    }

    void run(FullScreenRequest request) {
        statusBar.hide();
        out.flush();
        try {
            if (request instanceof FullScreenRequest.Edit edit) {
                // Jobs keep running while the learner edits, as on a real cluster: the clock ticks on.
                runner.edit(new EditableDocument(edit.file(), worker));
            } else if (request instanceof FullScreenRequest.Dashboard dashboard) {
                showDashboard(dashboard.source());
            }
        } catch (IOException | RuntimeException e) {
            out.println("pilab: cannot show the full screen: " + e.getMessage());
            out.flush();
        }
    }

    /** The dashboard's source moves the simulation at each refresh, so real time must not too. */
    private void showDashboard(DashboardSource source) throws IOException {
        ticker.pause();
        try {
            runner.dashboard(() -> worker.call(source::snapshot));
        } finally {
            ticker.resume();
        }
    }
}
