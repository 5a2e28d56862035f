package org.pilab.tui.dashboard;

import com.googlecode.lanterna.TerminalSize;

/**
 * Which rows each part of the dashboard gets. From the top: title, totals, node table, Gantt
 * strip (one lane per shown node, then the time axis), queue, help line. Nodes and lanes take at
 * most their share of the height; the queue gets the rest, so a taller terminal shows more jobs.
 *
 * @param columns screen width
 * @param rows screen height
 * @param nodeRows nodes (and Gantt lanes) shown
 * @param queueRows queue rows shown
 */
record DashboardLayout(int columns, int rows, int nodeRows, int queueRows) {

    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;
    /** Title, totals, node header, Gantt title, axis, queue header, help. */
    private static final int FIXED_ROWS = 7;
    private static final int MIN_QUEUE_ROWS = 3;

    static DashboardLayout of(TerminalSize size, DashboardSnapshot snapshot) {
        int available = Math.max(0, size.getRows() - FIXED_ROWS);
        int nodes = Math.max(1, snapshot.nodes().size());
        int nodeRows = Math.max(1, Math.min(nodes, (available - MIN_QUEUE_ROWS) / 2));
        int queueRows = Math.max(0, available - 2 * nodeRows);
        return new DashboardLayout(size.getColumns(), size.getRows(), nodeRows, queueRows);
    }

    boolean tooSmall() {
        return columns < MIN_COLUMNS || rows < MIN_ROWS;
    }

    int totalsRow() {
        return 1;
    }

    int nodeHeaderRow() {
        return 2;
    }

    int firstNodeRow() {
        return 3;
    }

    int ganttTitleRow() {
        return firstNodeRow() + nodeRows;
    }

    int firstLaneRow() {
        return ganttTitleRow() + 1;
    }

    int axisRow() {
        return firstLaneRow() + nodeRows;
    }

    int queueHeaderRow() {
        return axisRow() + 1;
    }

    int firstQueueRow() {
        return queueHeaderRow() + 1;
    }

    int helpRow() {
        return rows - 1;
    }

    int maxQueueOffset(DashboardSnapshot snapshot) {
        return Math.max(0, snapshot.queue().size() - queueRows);
    }

    int maxNodeOffset(DashboardSnapshot snapshot) {
        return Math.max(0, snapshot.nodes().size() - nodeRows);
    }
}
