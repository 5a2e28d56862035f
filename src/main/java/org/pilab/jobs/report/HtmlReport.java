package org.pilab.jobs.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Performance;
import org.pilab.engine.Statistics;

/**
 * The report's index.html: one self-contained page (inline CSS, inline SVG, no scripts and no
 * external references), written as well-formed XHTML-compatible markup so it also parses as
 * XML. It opens offline, on a Pi, or from a results folder copied off a cluster.
 */
final class HtmlReport {

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 800px; color: #222; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.1em; margin-top: 2em; border-bottom: 1px solid #ddd; }
            p.period { color: #666; margin-top: 0; }
            table.stats { border-collapse: collapse; }
            table.stats th, table.stats td { padding: 0.25em 1em; text-align: right; }
            table.stats th:first-child, table.stats td:first-child { text-align: left; }
            table.stats tr:nth-child(even) { background: #f4f4f4; }
            svg text { font-size: 11px; fill: #444; }
            svg text.light { fill: #fff; }
            svg text.dark { fill: #222; }
            .grid { stroke: #e4e4e4; stroke-width: 1; }
            .axis { stroke: #888; stroke-width: 1; }
            polyline.strat, line.strat { fill: none; stroke: #1f6fb4; stroke-width: 1.6; }
            polyline.bench, line.bench { fill: none; stroke: #999; stroke-width: 1.2; }
            polygon.dd { fill: #d73027; fill-opacity: 0.35; stroke: #d73027; stroke-width: 0.8; }
            rect.strat { fill: #1f6fb4; }
            rect.bench { fill: #b8b8b8; }
            rect.strat.neg { fill: #d73027; }
            rect.bench.neg { fill: #e8a29d; }
            .warn { color: #8a5a00; }
            footer { margin-top: 3em; color: #888; font-size: 0.85em; }
            """;

    private record Row(String label, Function<Performance, String> value) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Total return", p -> Numbers.signedPercent(s(p).totalReturn(), 2)),
            new Row("CAGR", p -> Numbers.signedPercent(s(p).cagr(), 2)),
            new Row("Sharpe ratio", p -> Numbers.ratio(s(p).sharpe())),
            new Row("Sortino ratio", p -> Numbers.ratio(s(p).sortino())),
            new Row("Annual volatility", p -> Numbers.percent(s(p).annualVolatility(), 2)),
            new Row("Max drawdown", p -> Numbers.percent(s(p).maxDrawdown(), 2)),
            new Row("Max drawdown duration", p -> s(p).maxDrawdownDuration() + " days"),
            new Row("Final equity", p -> Numbers.money(s(p).finalEquity())),
            new Row("Fills", p -> Integer.toString(p.fills().size())));

    private HtmlReport() {
    }

    static String render(BacktestResult result, RunTiming timing) {
        Performance strategy = result.strategy();
        Optional<Performance> benchmark = result.benchmark();
        EquityCurve curve = strategy.equity();
        String title = Html.escape(strategy.title());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(title).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(title).append("</h1>\n");
        if (curve.size() > 0) {
            h.append("<p class=\"period\">").append(curve.date(0)).append(" to ").append(curve.date(curve.size() - 1))
                    .append(", ").append(curve.size()).append(" trading days")
                    .append(benchmark.map(b -> ", " + Html.escape(b.title())).orElse("")).append("</p>\n");
        }
        statsTable(h, strategy, benchmark);
        if (curve.size() > 1) {
            h.append("<h2>Equity</h2>\n").append(SvgCharts.equity(curve.dates(), curve.equity(),
                    benchmark.map(b -> TearsheetRenderer.alignedTo(curve, b.equity()))));
            h.append("<h2>Drawdown</h2>\n").append(SvgCharts.drawdown(curve.dates(), Drawdowns.of(curve)));
            h.append("<h2>Monthly returns (%)</h2>\n")
                    .append(SvgCharts.monthlyHeatmap(strategy.statistics().monthlyReturns()));
            h.append("<h2>Yearly returns</h2>\n").append(SvgCharts.yearlyBars(strategy.statistics().yearlyReturns(),
                    benchmark.map(b -> b.statistics().yearlyReturns())));
        }
        if (!result.warnings().isEmpty()) {
            h.append("<h2>Warnings</h2>\n<ul class=\"warn\">\n");
            result.warnings().forEach(w -> h.append("<li>").append(Html.escape(w)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<footer>Files: result.json, equity.csv, ledger.csv, fills.csv. ")
                .append(String.format(Locale.ROOT, "Prices loaded in %.3f s, backtest ran in %.3f s.",
                        timing.loadSeconds(), timing.runSeconds()))
                .append(" Made by pilab backtest.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void statsTable(StringBuilder h, Performance strategy, Optional<Performance> benchmark) {
        h.append("<table class=\"stats\">\n<tr><th></th><th>Strategy</th>");
        benchmark.ifPresent(b -> h.append("<th>Benchmark</th>"));
        h.append("</tr>\n");
        for (Row row : ROWS) {
            h.append("<tr><td>").append(row.label()).append("</td><td>").append(Html.escape(row.value().apply(strategy)))
                    .append("</td>");
            benchmark.ifPresent(b -> h.append("<td>").append(Html.escape(row.value().apply(b))).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static Statistics s(Performance p) {
        return p.statistics();
    }
}
