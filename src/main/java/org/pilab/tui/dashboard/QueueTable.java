package org.pilab.tui.dashboard;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/**
 * The queue in squeue's default columns (JOBID, PARTITION, NAME, USER, ST, TIME, NODES,
 * NODELIST(REASON)), right-aligned and cut to width as squeue does. JOBID is 13 wide instead of
 * 18 so the reasons fit on 80 columns.
 */
final class QueueTable {

    private static final int[] WIDTHS = {13, 9, 8, 8, 2, 10, 6};
    private static final String[] TITLES = {"JOBID", "PARTITION", "NAME", "USER", "ST", "TIME", "NODES"};
    private static final int STATE_COLUMN = 4;

    private QueueTable() {
    }

    static void paintHeader(TextGraphics g, DashboardLayout layout, boolean focused) {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < WIDTHS.length; i++) {
            header.append(Cells.right(TITLES[i], WIDTHS[i])).append(' ');
        }
        header.append("NODELIST(REASON)");
        SectionHeader.paint(g, layout.queueHeaderRow(), layout.columns(), header.toString(), focused);
    }

    static void paintRows(TextGraphics g, DashboardLayout layout, List<QueueRow> queue, int offset) {
        if (queue.isEmpty() && layout.queueRows() > 0) {
            g.putString(0, layout.firstQueueRow(), Cells.right("(no jobs)", WIDTHS[0]));
            return;
        }
        for (int i = 0; i < layout.queueRows() && offset + i < queue.size(); i++) {
            paintRow(g, layout, layout.firstQueueRow() + i, queue.get(offset + i));
        }
    }

    private static void paintRow(TextGraphics g, DashboardLayout layout, int row, QueueRow job) {
        String[] values = {job.jobId(), job.partition(), job.name(), job.user(), job.state(), job.time(),
            Integer.toString(job.nodes())};
        int column = 0;
        for (int i = 0; i < values.length; i++) {
            String cell = Cells.right(cut(values[i], WIDTHS[i]), WIDTHS[i]);
            g.setForegroundColor(i == STATE_COLUMN ? Palette.jobState(job.state()) : TextColor.ANSI.DEFAULT);
            g.putString(column, row, cell);
            column += WIDTHS[i] + 1;
        }
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.putString(column, row, Cells.left(job.nodeListOrReason(), layout.columns() - column));
    }

    /** squeue keeps the start of a value that is too long for its column. */
    private static String cut(String value, int width) {
        return value.length() > width ? value.substring(0, width) : value;
    }
}
