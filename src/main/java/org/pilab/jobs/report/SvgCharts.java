package org.pilab.jobs.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Inline SVG charts for the HTML report: equity (strategy and benchmark), drawdown, a monthly
 * returns heatmap and yearly return bars. No scripts, fonts or links: the page works offline.
 * Elements carry no xmlns attribute, which inline SVG in HTML does not need.
 */
final class SvgCharts {

    private static final int WIDTH = 760;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    /** More points than pixels only makes the file bigger. */
    private static final int MAX_POINTS = 1000;

    private SvgCharts() {
    }

    /** Strategy (and benchmark, NaN where missing) equity over the strategy's dates. */
    static String equity(LocalDate[] dates, double[] strategy, Optional<double[]> benchmark) {
        int height = 280;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] series : benchmark.isPresent() ? new double[][] {strategy, benchmark.get()} : new double[][] {strategy}) {
            for (double v : series) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > min)) {
            max = min + 1;
        }
        Frame f = new Frame(dates.length, min, max, height);
        StringBuilder svg = open(height, "Equity of the strategy" + (benchmark.isPresent() ? " and the benchmark" : ""));
        gridAndAxes(svg, f, dates, false);
        benchmark.ifPresent(b -> svg.append(polyline(f, b, "bench")));
        svg.append(polyline(f, strategy, "strat"));
        svg.append(legend(benchmark.isPresent()));
        return svg.append("</svg>\n").toString();
    }

    /** Drawdown (positive fractions) drawn as a red area below zero. */
    static String drawdown(LocalDate[] dates, double[] dd) {
        int height = 180;
        double worst = 0;
        for (double d : dd) {
            worst = Math.max(worst, d);
        }
        Frame f = new Frame(dates.length, -Math.max(worst, 1e-9), 0, height);
        StringBuilder svg = open(height, "Drawdown of the strategy, worst " + Numbers.percent(worst, 1));
        gridAndAxes(svg, f, dates, true);
        StringBuilder points = new StringBuilder();
        points.append(f.x(0)).append(',').append(f.y(0)).append(' ');
        int step = Math.max(1, dd.length / MAX_POINTS);
        for (int i = 0; i < dd.length; i += step) {
            points.append(f.x(i)).append(',').append(f.y(-worstOfSpan(dd, i, step))).append(' ');
        }
        points.append(f.x(dd.length - 1)).append(',').append(f.y(-dd[dd.length - 1])).append(' ');
        points.append(f.x(dd.length - 1)).append(',').append(f.y(0));
        svg.append("<polygon class=\"dd\" points=\"").append(points).append("\"/>\n");
        return svg.append("</svg>\n").toString();
    }

    /** Years down, months across, each cell coloured by its return. */
    static String monthlyHeatmap(Map<YearMonth, Double> monthly) {
        TreeSet<Integer> years = new TreeSet<>();
        monthly.keySet().forEach(ym -> years.add(ym.getYear()));
        int cellW = 54;
        int cellH = 22;
        int left = 48;
        int top = 22;
        int height = top + cellH * years.size() + 6;
        StringBuilder svg = open(height, "Monthly returns in percent");
        for (Month m : Month.values()) {
            svg.append(text(left + (m.getValue() - 1) * cellW + cellW / 2.0, 15, "mid",
                    m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        int row = 0;
        for (int year : years) {
            double y = top + row * cellH;
            svg.append(text(left - 8, y + 15, "end", Integer.toString(year)));
            for (Month m : Month.values()) {
                Double r = monthly.get(YearMonth.of(year, m));
                if (r == null) {
                    continue;
                }
                double x = left + (m.getValue() - 1) * cellW;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cellW - 2)
                        .append("\" height=\"").append(cellH - 2).append("\" fill=\"").append(heat(r)).append("\"/>");
                String label = Numbers.onePlace(r * 100);
                svg.append("<text x=\"").append(x + (cellW - 2) / 2.0).append("\" y=\"").append(y + 15)
                        .append("\" text-anchor=\"middle\" class=\"").append(Math.abs(r) > 0.06 ? "light" : "dark")
                        .append("\">").append(label).append("</text>\n");
            }
            row++;
        }
        return svg.append("</svg>\n").toString();
    }

    /** One bar per year for the strategy, and a paler one beside it for the benchmark. */
    static String yearlyBars(Map<Year, Double> strategy, Optional<Map<Year, Double>> benchmark) {
        int height = 240;
        TreeSet<Year> years = new TreeSet<>(strategy.keySet());
        benchmark.ifPresent(b -> years.addAll(b.keySet()));
        double lo = 0;
        double hi = 0;
        for (Year y : years) {
            for (Double r : new Double[] {strategy.get(y), benchmark.map(b -> b.get(y)).orElse(null)}) {
                if (r != null && Double.isFinite(r)) {
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 0.01;
        }
        Frame f = new Frame(Math.max(2, years.size() + 1), lo, hi, height);
        StringBuilder svg = open(height, "Yearly returns");
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(f.y(0)).append("\" y2=\"").append(f.y(0)).append("\"/>\n");
        svg.append(text(LEFT - 6, f.y(hi) + 4, "end", Numbers.percent(hi, 0)));
        svg.append(text(LEFT - 6, f.y(lo) + 4, "end", Numbers.percent(lo, 0)));
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, years.size());
        double bar = Math.max(2, slot * (benchmark.isPresent() ? 0.38 : 0.7));
        int i = 0;
        for (Year y : years) {
            double x0 = LEFT + i * slot + slot * 0.1;
            svg.append(bar(f, x0, bar, strategy.get(y), "strat"));
            benchmark.ifPresent(b -> svg.append(bar(f, x0 + bar + 1, bar, b.get(y), "bench")));
            svg.append(text(LEFT + i * slot + slot / 2, height - 8, "middle", y.toString()));
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String bar(Frame f, double x, double width, Double r, String css) {
        if (r == null || !Double.isFinite(r)) {
            return "";
        }
        double y = Math.min(f.y(r), f.y(0));
        double h = Math.abs(f.y(r) - f.y(0));
        return "<rect class=\"" + css + (r < 0 ? " neg" : "") + "\" x=\"" + round(x) + "\" y=\"" + round(y)
                + "\" width=\"" + round(width) + "\" height=\"" + round(Math.max(0.5, h)) + "\"><title>"
                + Numbers.signedPercent(r, 1) + "</title></rect>\n";
    }

    /** Maps row index and value to SVG coordinates inside the margins. */
    private record Frame(int n, double min, double max, int height) {
        double x(int i) {
            return round(LEFT + (WIDTH - LEFT - RIGHT) * (n <= 1 ? 0 : (double) i / (n - 1)));
        }

        double y(double v) {
            return round(TOP + (height - TOP - BOTTOM) * (max - v) / (max - min));
        }
    }

    private static StringBuilder open(int height, String label) {
        return new StringBuilder("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">\n");
    }

    private static void gridAndAxes(StringBuilder svg, Frame f, LocalDate[] dates, boolean percent) {
        for (int k = 0; k <= 4; k++) {
            double v = f.min() + (f.max() - f.min()) * k / 4.0;
            double y = f.y(v);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
            svg.append(text(LEFT - 6, y + 4, "end", percent ? Numbers.percent(v, 0) : TextChart.compact(v))).append('\n');
        }
        int lastYear = Integer.MIN_VALUE;
        int years = dates.length == 0 ? 0 : dates[dates.length - 1].getYear() - dates[0].getYear() + 1;
        int every = Math.max(1, (years + 11) / 12);
        for (int i = 0; i < dates.length; i++) {
            int year = dates[i].getYear();
            if (year != lastYear) {
                if (i > 0 && year % every == 0) {
                    double x = f.x(i);
                    svg.append("<line class=\"grid\" x1=\"").append(x).append("\" x2=\"").append(x)
                            .append("\" y1=\"").append(TOP).append("\" y2=\"").append(f.height() - BOTTOM).append("\"/>");
                    svg.append(text(x, f.height() - 10, "middle", Integer.toString(year))).append('\n');
                }
                lastYear = year;
            }
        }
    }

    private static String polyline(Frame f, double[] values, String css) {
        StringBuilder out = new StringBuilder();
        StringBuilder points = new StringBuilder();
        int step = Math.max(1, values.length / MAX_POINTS);
        for (int i = 0; i < values.length; i += step) {
            if (Double.isFinite(values[i])) {
                points.append(f.x(i)).append(',').append(f.y(values[i])).append(' ');
            } else if (points.length() > 0) {
                out.append(line(points, css));
                points.setLength(0);
            }
        }
        int last = values.length - 1;
        if (last >= 0 && last % step != 0 && Double.isFinite(values[last])) {
            points.append(f.x(last)).append(',').append(f.y(values[last]));
        }
        if (points.length() > 0) {
            out.append(line(points, css));
        }
        return out.toString();
    }

    private static String line(StringBuilder points, String css) {
        return "<polyline class=\"" + css + "\" points=\"" + points.toString().trim() + "\"/>\n";
    }

    private static String legend(boolean withBenchmark) {
        StringBuilder out = new StringBuilder("<g class=\"legend\">");
        out.append("<line class=\"strat\" x1=\"").append(LEFT + 10).append("\" x2=\"").append(LEFT + 30)
                .append("\" y1=\"22\" y2=\"22\"/>").append(text(LEFT + 36, 26, "start", "Strategy"));
        if (withBenchmark) {
            out.append("<line class=\"bench\" x1=\"").append(LEFT + 110).append("\" x2=\"").append(LEFT + 130)
                    .append("\" y1=\"22\" y2=\"22\"/>").append(text(LEFT + 136, 26, "start", "Benchmark"));
        }
        return out.append("</g>\n").toString();
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" text-anchor=\"" + anchor + "\">"
                + Html.escape(s) + "</text>";
    }

    private static double worstOfSpan(double[] dd, int from, int length) {
        double worst = 0;
        for (int i = from; i < Math.min(dd.length, from + length); i++) {
            worst = Math.max(worst, dd[i]);
        }
        return worst;
    }

    /** White for 0, deepening to green (gains) or red (losses) at 8% and beyond. */
    static String heat(double r) {
        if (!Double.isFinite(r)) {
            return "#dddddd";
        }
        double t = Math.min(1.0, Math.abs(r) / 0.08);
        int[] to = r >= 0 ? new int[] {26, 152, 80} : new int[] {215, 48, 39};
        int[] from = {247, 247, 247};
        StringBuilder hex = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            hex.append(String.format(Locale.ROOT, "%02x", (int) Math.round(from[k] + (to[k] - from[k]) * t)));
        }
        return hex.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
