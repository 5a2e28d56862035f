package org.pilab.jobs.report;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Yearly returns as horizontal bars around a zero axis (losses left, gains right). */
final class YearlyBars {

    private YearlyBars() {
    }

    static List<String> render(Map<Year, Double> yearly, Ansi ansi, boolean unicode, int width) {
        List<String> out = new ArrayList<>();
        double largest = 0;
        for (double r : yearly.values()) {
            if (Double.isFinite(r)) {
                largest = Math.max(largest, Math.abs(r));
            }
        }
        int half = (width - 16) / 2;
        String block = unicode ? "█" : "#";
        String axis = unicode ? "│" : "|";
        for (Map.Entry<Year, Double> e : yearly.entrySet()) {
            double r = e.getValue();
            int length = largest > 0 && Double.isFinite(r) ? (int) Math.round(Math.abs(r) / largest * half) : 0;
            String bar = block.repeat(length);
            String left = r < 0 ? " ".repeat(half - length) + ansi.paint(Ansi.RED, bar) : " ".repeat(half);
            String right = r > 0 ? ansi.paint(Ansi.GREEN, bar) + " ".repeat(half - length) : " ".repeat(half);
            out.add(e.getKey() + " " + StatisticsTable.leftPad(Numbers.signedPercent(r, 1), 8) + " "
                    + left + axis + right);
        }
        return out;
    }
}
