package org.pilab.tui.dashboard;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;
import java.util.Locale;

/** The node table: one line per node with state, CPUs, load, memory, heat, clock and power. */
final class NodeTable {

    private static final int NAME = 8;
    private static final int STATE = 7;
    private static final int CPUS = 5;
    private static final int LOAD = 5;
    private static final int MEMORY = 11;
    private static final int TEMP = 7;
    private static final int MHZ = 5;
    private static final int THROTTLE = 15;
    private static final int POWER = 6;
    /** Where the allocation bar starts on terminals wide enough for it. */
    private static final int BAR_COLUMN = NAME + STATE + CPUS + LOAD + MEMORY + TEMP + MHZ + THROTTLE + POWER + 9;
    private static final int MIN_BAR = 10;

    private NodeTable() {
    }

    static void paintHeader(TextGraphics g, DashboardLayout layout, boolean focused) {
        String header = Cells.left("NODE", NAME) + " " + Cells.left("STATE", STATE) + " "
                + Cells.right("CPUS", CPUS) + " " + Cells.right("LOAD", LOAD) + " "
                + Cells.right("MEM(MB)", MEMORY) + " " + Cells.right("TEMP", TEMP) + " "
                + Cells.right("MHZ", MHZ) + " " + Cells.left("THROTTLE", THROTTLE) + " "
                + Cells.right("POWER", POWER);
        if (barWidth(layout) > 0) {
            header += " " + "CPU ALLOCATION";
        }
        SectionHeader.paint(g, layout.nodeHeaderRow(), layout.columns(), header, focused);
    }

    static void paintRows(TextGraphics g, DashboardLayout layout, List<NodeStatus> nodes, int offset) {
        if (nodes.isEmpty()) {
            g.putString(0, layout.firstNodeRow(), "(no nodes)");
            return;
        }
        for (int i = 0; i < layout.nodeRows() && offset + i < nodes.size(); i++) {
            paintNode(g, layout, layout.firstNodeRow() + i, nodes.get(offset + i));
        }
    }

    private static void paintNode(TextGraphics g, DashboardLayout layout, int row, NodeStatus node) {
        int column = 0;
        column = put(g, row, column, Cells.left(node.name(), NAME), TextColor.ANSI.DEFAULT);
        column = put(g, row, column, Cells.left(node.state(), STATE), Palette.nodeState(node.state()));
        column = put(g, row, column, Cells.right(node.cpusAllocated() + "/" + node.cpusTotal(), CPUS),
                TextColor.ANSI.DEFAULT);
        column = put(g, row, column, Cells.right(String.format(Locale.ROOT, "%.2f", node.load()), LOAD),
                TextColor.ANSI.DEFAULT);
        column = put(g, row, column, Cells.right(node.memoryUsedMb() + "/" + node.memoryTotalMb(), MEMORY),
                TextColor.ANSI.DEFAULT);
        column = put(g, row, column, Cells.right(String.format(Locale.ROOT, "%.1f°C", node.temperatureC()), TEMP),
                Palette.temperature(node.temperatureC(), node.throttled()));
        ThrottleFlags flags = node.throttled();
        boolean slowed = flags.frequencyCapped() || flags.throttled();
        column = put(g, row, column, Cells.right(Integer.toString(node.clockMhz()), MHZ),
                slowed ? Palette.throttle(flags) : TextColor.ANSI.DEFAULT);
        column = put(g, row, column, Cells.left(flags.shortText(), THROTTLE), Palette.throttle(flags));
        column = put(g, row, column, Cells.right(String.format(Locale.ROOT, "%.1fW", node.powerW()), POWER),
                TextColor.ANSI.DEFAULT);
        int bar = barWidth(layout);
        if (bar > 0) {
            paintBar(g, row, column, bar, node);
        }
    }

    private static int put(TextGraphics g, int row, int column, String text, TextColor colour) {
        g.setForegroundColor(colour);
        g.putString(column, row, text);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        return column + text.length() + 1;
    }

    /** Wide terminals get a bar of allocated CPUs, e.g. [######      ] for 2 of 4. */
    private static int barWidth(DashboardLayout layout) {
        int room = layout.columns() - BAR_COLUMN - 2;
        return room >= MIN_BAR ? Math.min(room, 40) : 0;
    }

    private static void paintBar(TextGraphics g, int row, int column, int width, NodeStatus node) {
        int filled = node.cpusTotal() == 0 ? 0
                : (int) Math.round((double) width * node.cpusAllocated() / node.cpusTotal());
        g.putString(column, row, "[");
        g.setForegroundColor(Palette.nodeState(node.state()));
        g.putString(column + 1, row, "#".repeat(filled));
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.putString(column + 1 + filled, row, " ".repeat(width - filled) + "]");
    }
}
