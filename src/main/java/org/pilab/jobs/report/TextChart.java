package org.pilab.jobs.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Small terminal charts drawn on a character grid: a line chart of one or two equity curves
 * and a drawdown area hanging from zero. Every line has the same visible width, so the charts
 * line up with the tables above them.
 */
final class TextChart {

    static final int LABEL_WIDTH = 8;

    /** One plotted series and how its points look. */
    record Series(double[] values, char unicodeMark, char asciiMark, String colour) {
    }

    private final Ansi ansi;
    private final boolean unicode;
    private final int plotWidth;

    TextChart(Ansi ansi, boolean unicode, int totalWidth) {
        this.ansi = ansi;
        this.unicode = unicode;
        this.plotWidth = totalWidth - LABEL_WIDTH - 2;
    }

    /** Line chart; later series are drawn over earlier ones. NaN values are skipped. */
    List<String> lines(List<Series> series, LocalDate first, LocalDate last, int height) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > min)) {
            max = min + 1.0;
        }
        int[][] owner = new int[height][plotWidth];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
        for (int k = 0; k < series.size(); k++) {
            double[] v = series.get(k).values();
            int previousRow = -1;
            for (int c = 0; c < plotWidth; c++) {
                double value = v[sampleIndex(c, v.length)];
                if (!Double.isFinite(value)) {
                    previousRow = -1;
                    continue;
                }
                int row = (int) Math.round((max - value) / (max - min) * (height - 1));
                // Fill up to the previous column's point so steep moves stay one connected line.
                int from = previousRow < 0 ? row : Math.min(row, previousRow);
                int to = previousRow < 0 ? row : Math.max(row, previousRow);
                for (int r = from; r <= to; r++) {
                    owner[r][c] = k;
                }
                previousRow = row;
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            String label = r == 0 ? compact(max) : r == height - 1 ? compact(min)
                    : r == (height - 1) / 2 ? compact(max - (max - min) * r / (height - 1)) : "";
            StringBuilder line = new StringBuilder(pad(label)).append(unicode ? " ┤" : " |");
            for (int c = 0; c < plotWidth; c++) {
                int k = owner[r][c];
                if (k < 0) {
                    line.append(' ');
                } else {
                    Series s = series.get(k);
                    line.append(ansi.paint(s.colour(), String.valueOf(unicode ? s.unicodeMark() : s.asciiMark())));
                }
            }
            out.add(line.toString());
        }
        out.add(axis(first, last));
        return out;
    }

    /** Drawdown (positive fractions) as an area hanging from the zero line at the top. */
    List<String> drawdown(double[] dd, LocalDate first, LocalDate last, int height) {
        double worst = 0;
        for (double d : dd) {
            worst = Math.max(worst, d);
        }
        double[] column = new double[plotWidth];
        for (int c = 0; c < plotWidth; c++) {
            // The worst point in each column's span, so the deepest drawdown is never sampled away.
            int from = sampleIndex(c, dd.length);
            int to = c + 1 < plotWidth ? Math.max(from, sampleIndex(c + 1, dd.length) - 1) : dd.length - 1;
            for (int i = from; i <= to; i++) {
                column[c] = Math.max(column[c], dd[i]);
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            String label = r == 0 ? "0%" : r == height - 1 ? "-" + Numbers.percent(worst, 1) : "";
            StringBuilder line = new StringBuilder(pad(label)).append(unicode ? " ┤" : " |");
            for (int c = 0; c < plotWidth; c++) {
                double depth = worst > 0 ? column[c] / worst * height : 0;
                String cell = depth >= r + 1 ? (unicode ? "█" : "#")
                        : depth >= r + 0.5 ? (unicode ? "▀" : "'") : " ";
                line.append(cell.equals(" ") ? cell : ansi.paint(Ansi.RED, cell));
            }
            out.add(line.toString());
        }
        out.add(axis(first, last));
        return out;
    }

    private String axis(LocalDate first, LocalDate last) {
        String left = first.toString();
        String right = last.toString();
        int gap = Math.max(1, plotWidth - left.length() - right.length());
        return " ".repeat(LABEL_WIDTH + 2) + left + " ".repeat(gap) + right;
    }

    private int sampleIndex(int column, int n) {
        if (plotWidth <= 1 || n <= 1) {
            return 0;
        }
        return (int) Math.round((double) column * (n - 1) / (plotWidth - 1));
    }

    private static String pad(String label) {
        return " ".repeat(Math.max(0, LABEL_WIDTH - label.length())) + label;
    }

    /** 1850000 -> "1.85M", 950000 -> "950k", 12.5 -> "12.5". */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2fB", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
