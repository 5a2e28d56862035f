package org.pilab.tui.dashboard;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.time.Duration;
import java.util.Locale;

/**
 * Draws one dashboard frame. It reads nothing but its arguments, so the same snapshot, view and
 * size always give the same frame: tests render into a virtual terminal and compare the text.
 */
public final class DashboardRenderer {

    private DashboardRenderer() {
    }

    /**
     * Draws the frame over the whole area of {@code g} (expected to be cleared).
     *
     * @param g where to draw; its size is the screen's
     * @param snapshot what the cluster looks like
     * @param view paused/live, speed, focus and scroll offsets
     */
    public static void render(TextGraphics g, DashboardSnapshot snapshot, DashboardView view) {
        TerminalSize size = g.getSize();
        DashboardLayout layout = DashboardLayout.of(size, snapshot);
        if (layout.tooSmall()) {
            paintTooSmall(g, size);
            return;
        }
        int nodeOffset = Math.min(view.nodeOffset(), layout.maxNodeOffset(snapshot));
        int queueOffset = Math.min(view.queueOffset(), layout.maxQueueOffset(snapshot));
        paintTitle(g, layout, snapshot, view);
        paintTotals(g, layout, snapshot);
        NodeTable.paintHeader(g, layout, view.focus() == Focus.NODES);
        NodeTable.paintRows(g, layout, snapshot.nodes(), nodeOffset);
        GanttStrip.paint(g, layout, snapshot, nodeOffset);
        QueueTable.paintHeader(g, layout, view.focus() == Focus.QUEUE);
        QueueTable.paintRows(g, layout, snapshot.queue(), queueOffset);
        paintHelp(g, layout, snapshot, view, nodeOffset, queueOffset);
    }

    private static void paintTitle(TextGraphics g, DashboardLayout layout, DashboardSnapshot snapshot,
            DashboardView view) {
        String left = " pilab top   cluster " + snapshot.clusterName();
        String right = snapshot.virtualTime() + "   "
                + (view.paused() ? "PAUSED" : "refresh " + interval(view.refreshInterval())) + " ";
        int gap = Math.max(1, layout.columns() - left.length() - right.length());
        g.enableModifiers(SGR.REVERSE);
        g.putString(0, 0, Cells.left(left + " ".repeat(gap) + right, layout.columns()));
        g.disableModifiers(SGR.REVERSE);
    }

    private static void paintTotals(TextGraphics g, DashboardLayout layout, DashboardSnapshot snapshot) {
        ClusterTotals totals = snapshot.totals();
        long unavailable = snapshot.nodes().stream()
                .filter(node -> Palette.isUnavailable(node.state()))
                .count();
        String line = String.format(Locale.ROOT,
                "Running %d   Pending %d   CPUs in use %.0f%%   Power %.1f W   Nodes %d",
                totals.runningJobs(), totals.pendingJobs(), totals.utilisationPercent(), totals.powerW(),
                snapshot.nodes().size());
        if (unavailable > 0) {
            line += " (" + unavailable + " down)";
        }
        g.putString(0, layout.totalsRow(), Cells.left(line, layout.columns()));
    }

    private static void paintHelp(TextGraphics g, DashboardLayout layout, DashboardSnapshot snapshot,
            DashboardView view, int nodeOffset, int queueOffset) {
        String keys = "q:quit p:" + (view.paused() ? "resume" : "pause") + " +/-:speed j/k:scroll n/Tab:focus "
                + (view.focus() == Focus.QUEUE ? "queue" : "nodes");
        String where = "jobs " + range(queueOffset, layout.queueRows(), snapshot.queue().size())
                + " nodes " + range(nodeOffset, layout.nodeRows(), snapshot.nodes().size());
        int gap = Math.max(1, layout.columns() - keys.length() - where.length());
        g.enableModifiers(SGR.BOLD);
        g.putString(0, layout.helpRow(), Cells.left(keys + " ".repeat(gap) + where, layout.columns()));
        g.disableModifiers(SGR.BOLD);
    }

    /** "1-9/25": the rows shown of all rows. */
    private static String range(int offset, int shown, int total) {
        if (total == 0) {
            return "0/0";
        }
        return (offset + 1) + "-" + Math.min(total, offset + shown) + "/" + total;
    }

    private static String interval(Duration interval) {
        long millis = interval.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }

    private static void paintTooSmall(TextGraphics g, TerminalSize size) {
        String[] lines = {
            "The dashboard needs at least " + DashboardLayout.MIN_COLUMNS + "x" + DashboardLayout.MIN_ROWS,
            "characters; this terminal is " + size.getColumns() + "x" + size.getRows() + ".",
            "Enlarge the window, or press q to leave."};
        for (int i = 0; i < lines.length && i < size.getRows(); i++) {
            g.putString(0, i, lines[i]);
        }
    }
}
