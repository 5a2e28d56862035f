package org.pilab.tui.dashboard;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who ran where: one lane per shown node, each job a coloured block with its id inside when the
 * block is wide enough, and a time axis ending at "now" underneath.
 */
final class GanttStrip {

    static final int LABEL = 8;
    private static final char BLOCK = '█';
    private static final int TICKS = 4;

    private GanttStrip() {
    }

    static void paint(TextGraphics g, DashboardLayout layout, DashboardSnapshot snapshot, int nodeOffset) {
        GanttChart chart = snapshot.gantt();
        int width = layout.columns() - LABEL - 1;
        g.putString(0, layout.ganttTitleRow(), "JOBS BY NODE, last " + duration(chart.windowSeconds())
                + " (one column = " + duration(Math.max(1, chart.windowSeconds() / width)) + ")");
        Map<String, GanttLane> lanes = chart.lanes().stream()
                .collect(Collectors.toMap(GanttLane::node, Function.identity(), (a, b) -> a));
        List<NodeStatus> nodes = snapshot.nodes();
        for (int i = 0; i < layout.nodeRows() && nodeOffset + i < nodes.size(); i++) {
            String node = nodes.get(nodeOffset + i).name();
            int row = layout.firstLaneRow() + i;
            g.putString(0, row, Cells.left(node, LABEL) + "|");
            GanttLane lane = lanes.get(node);
            if (lane != null) {
                paintLane(g, row, LABEL + 1, width, chart, lane);
            }
        }
        paintAxis(g, layout.axisRow(), width, chart);
    }

    private static void paintLane(TextGraphics g, int row, int left, int width, GanttChart chart, GanttLane lane) {
        List<GanttBar> bars = new ArrayList<>(lane.bars());
        bars.sort(Comparator.comparingLong(GanttBar::startSecond));
        for (GanttBar bar : bars) {
            long end = bar.endSecond().orElse(chart.nowSecond());
            if (end < chart.windowStartSecond() || bar.startSecond() > chart.nowSecond()) {
                continue;  // wholly outside the window
            }
            int first = cell(bar.startSecond(), chart, width, false);
            int last = Math.max(first, cell(end, chart, width, true) - 1);
            int cells = last - first + 1;
            TextColor colour = Palette.job(bar.jobId());
            g.setForegroundColor(colour);
            g.putString(left + first, row, String.valueOf(BLOCK).repeat(cells));
            if (bar.jobId().length() <= cells) {
                g.setForegroundColor(TextColor.ANSI.BLACK);
                g.setBackgroundColor(colour);
                g.putString(left + first, row, bar.jobId());
                g.setBackgroundColor(TextColor.ANSI.DEFAULT);
            }
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
        }
    }

    /** The column a time falls in, clipped to the strip; rounding up for a bar's end. */
    private static int cell(long second, GanttChart chart, int width, boolean roundUp) {
        long clipped = Math.max(chart.windowStartSecond(), Math.min(chart.nowSecond(), second));
        long scaled = (clipped - chart.windowStartSecond()) * width;
        long window = chart.windowSeconds();
        long column = roundUp ? (scaled + window - 1) / window : scaled / window;
        return (int) Math.min(width - 1 + (roundUp ? 1 : 0), column);
    }

    /** Tick spacings to choose from: the smallest that gives at most four gaps is used. */
    private static final long[] TICK_STEPS = {10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        14_400, 21_600, 43_200, 86_400, 172_800, 604_800};

    /** The time axis: "now" at the right end, round times before it ("-10m", "-20m" ...). */
    private static void paintAxis(TextGraphics g, int row, int width, GanttChart chart) {
        char[] axis = "-".repeat(width).toCharArray();
        long window = chart.windowSeconds();
        long step = TICK_STEPS[TICK_STEPS.length - 1];
        for (long candidate : TICK_STEPS) {
            if (window / candidate <= TICKS) {
                step = candidate;
                break;
            }
        }
        int leftmostLabel = width + 1;  // no label yet: the first may end at the edge
        for (long back = 0; back <= window; back += step) {
            int position = (int) Math.round((double) (window - back) * (width - 1) / window);
            String label = back == 0 ? "now" : "-" + duration(back);
            int start = Math.max(0, Math.min(width - label.length(), position - label.length() / 2));
            if (start + label.length() >= leftmostLabel) {
                continue;  // would touch the label to its right
            }
            label.getChars(0, label.length(), axis, start);
            leftmostLabel = start;
        }
        g.putString(0, row, Cells.left("", LABEL) + "+" + new String(axis));
    }

    /** A span as people say it: "45s", "30m", "2h", "1.5h". */
    static String duration(long seconds) {
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 7200) {
            return Math.round(seconds / 60.0) + "m";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return String.format(Locale.ROOT, "%.1fh", seconds / 3600.0);
    }
}
