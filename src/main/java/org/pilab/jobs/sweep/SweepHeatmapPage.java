package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page (inline CSS and SVG, no external references, opens offline) with a
 * heatmap of Sharpe ratio over two chosen grid parameters, the ranked table and the guards.
 * Where the grid has more parameters, each cell shows the best Sharpe over the others, and the
 * page says so.
 */
public final class SweepHeatmapPage {

    private static final int CELL_W = 64;
    private static final int CELL_H = 28;

    private SweepHeatmapPage() {
    }

    public static String render(String title, SweepReport report, String xParam, String yParam) {
        List<String> xs = distinct(report, xParam);
        List<String> ys = distinct(report, yParam);
        Map<String, Double> best = new LinkedHashMap<>();
        for (VariantResult r : report.ranked()) {
            best.merge(value(r, xParam) + "\u0000" + value(r, yParam), r.sharpe(), Math::max);
        }
        double lo = best.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int left = 90;
        int top = 30;
        int width = left + xs.size() * CELL_W + 20;
        int height = top + ys.size() * CELL_H + 50;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" role=\"img\">", width, height));
        for (int yi = 0; yi < ys.size(); yi++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    left - 6, top + yi * CELL_H + CELL_H / 2 + 5, esc(ys.get(yi))));
            for (int xi = 0; xi < xs.size(); xi++) {
                Double s = best.get(xs.get(xi) + "\u0000" + ys.get(yi));
                int x = left + xi * CELL_W;
                int y = top + yi * CELL_H;
                String fill = s == null ? "#eeeeee" : colour(s, lo, hi);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y, CELL_W, CELL_H, fill));
                if (s != null) {
                    svg.append(String.format(Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.2f</text>",
                            x + CELL_W / 2, y + CELL_H / 2 + 5, s));
                }
            }
        }
        for (int xi = 0; xi < xs.size(); xi++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    left + xi * CELL_W + CELL_W / 2, top + ys.size() * CELL_H + 18, esc(xs.get(xi))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                left + xs.size() * CELL_W / 2, top + ys.size() * CELL_H + 40, esc(xParam)));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"18\">%s</text>", esc(yParam)));
        svg.append("</svg>");

        boolean collapsed = report.best().params().size() > 2;
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222;max-width:70em}")
                .append("pre{white-space:pre-wrap}")
                .append("svg text{font-size:12px;font-family:sans-serif}")
                .append("table{border-collapse:collapse}td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}")
                .append(".warn{background:#fff3cd;border:1px solid #e0c060;padding:1em}")
                .append("</style></head><body>");
        html.append("<h1>").append(esc(title)).append("</h1>");
        report.warning().ifPresent(w -> html.append("<p class=\"warn\">").append(esc(w)).append("</p>"));
        html.append("<h2>Sharpe ratio by ").append(esc(xParam)).append(" and ").append(esc(yParam)).append("</h2>");
        if (collapsed) {
            html.append("<p>Each cell shows the best Sharpe ratio over the other parameters.</p>");
        }
        html.append(svg);
        html.append("<h2>Guards against overfitting</h2><pre>").append(esc(SweepTable.guards(report))).append("</pre>");
        html.append("<h2>Ranking</h2><pre>").append(esc(SweepTable.rows(report, 50))).append("</pre>");
        html.append("</body></html>\n");
        return html.toString();
    }

    /** Two parameters to plot: those named, else the first two of the grid (or the first twice). */
    public static List<String> defaultAxes(SweepReport report) {
        List<String> names = new ArrayList<>(report.best().params().keySet());
        return names.size() >= 2 ? names.subList(0, 2) : List.of(names.get(0), names.get(0));
    }

    private static List<String> distinct(SweepReport report, String param) {
        List<JsonNode> values = new ArrayList<>();
        for (VariantResult r : report.ranked()) {
            JsonNode v = r.params().get(param);
            if (v == null) {
                throw new IllegalArgumentException("no grid parameter named " + param + "; the grid has "
                        + report.best().params().keySet());
            }
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        values.sort((a, b) -> a.isNumber() && b.isNumber() ? Double.compare(a.asDouble(), b.asDouble())
                : a.asText().compareTo(b.asText()));
        return values.stream().map(SweepHeatmapPage::text).toList();
    }

    private static String value(VariantResult r, String param) {
        return text(r.params().get(param));
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Red (worst) through white to green (best). */
    private static String colour(double s, double lo, double hi) {
        double f = hi > lo ? (s - lo) / (hi - lo) : 0.5;
        int r = f < 0.5 ? 230 : (int) Math.round(230 - (f - 0.5) * 2 * 140);
        int g = f < 0.5 ? (int) Math.round(90 + f * 2 * 140) : 230;
        int b = (int) Math.round(90 + (1 - Math.abs(f - 0.5) * 2) * 140);
        return String.format("#%02x%02x%02x", r, g, b);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
