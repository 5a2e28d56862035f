package org.pilab.jobs.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Performance;

/**
 * The terminal tearsheet: title and period, the statistics table (strategy and benchmark),
 * an equity chart, a drawdown chart, the monthly returns heatmap, yearly return bars and the
 * run's warnings. Returns text; the caller decides where it goes.
 */
public final class TearsheetRenderer {

    private static final int EQUITY_HEIGHT = 12;
    private static final int DRAWDOWN_HEIGHT = 5;

    private final TearsheetStyle style;
    private final Ansi ansi;

    public TearsheetRenderer(TearsheetStyle style) {
        this.style = style;
        this.ansi = new Ansi(style.color());
    }

    public String render(BacktestResult result) {
        Performance strategy = result.strategy();
        Optional<Performance> benchmark = result.benchmark();
        EquityCurve curve = strategy.equity();
        List<String> out = new ArrayList<>();
        out.add(ansi.paint(Ansi.BOLD, strategy.title()));
        if (curve.size() == 0) {
            out.add("No equity was recorded: the period ends before the first market close (or before burn-in).");
            addWarnings(out, result.warnings());
            return String.join("\n", out) + "\n";
        }
        LocalDate first = curve.date(0);
        LocalDate last = curve.date(curve.size() - 1);
        out.add(first + " .. " + last + ", " + curve.size() + " trading days"
                + benchmark.map(b -> ", " + b.title()).orElse(""));
        out.add("");
        out.addAll(StatisticsTable.render(strategy, benchmark, ansi));

        TextChart chart = new TextChart(ansi, style.unicode(), style.width());
        List<TextChart.Series> series = new ArrayList<>();
        benchmark.ifPresent(b -> series.add(new TextChart.Series(alignedTo(curve, b.equity()), '░', '.', Ansi.DIM)));
        series.add(new TextChart.Series(curve.equity(), '█', '*', Ansi.CYAN));
        out.add("");
        out.add(section("Equity") + (benchmark.isPresent()
                ? "  (" + (style.unicode() ? "█" : "*") + " strategy, " + (style.unicode() ? "░" : ".") + " benchmark)" : ""));
        out.addAll(chart.lines(series, first, last, EQUITY_HEIGHT));
        out.add("");
        out.add(section("Drawdown"));
        out.addAll(chart.drawdown(Drawdowns.of(curve), first, last, DRAWDOWN_HEIGHT));
        out.add("");
        out.add(section("Monthly returns (%)"));
        out.addAll(MonthlyHeatmap.render(strategy.statistics().monthlyReturns(), ansi));
        out.add("");
        out.add(section("Yearly returns"));
        out.addAll(YearlyBars.render(strategy.statistics().yearlyReturns(), ansi, style.unicode(), style.width()));
        addWarnings(out, result.warnings());
        return String.join("\n", out) + "\n";
    }

    private void addWarnings(List<String> out, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.add("");
        out.add(section("Warnings"));
        for (String w : warnings) {
            out.add(ansi.paint(Ansi.YELLOW, "! " + w));
        }
    }

    private String section(String name) {
        return ansi.paint(Ansi.BOLD, name);
    }

    /** The benchmark's equity on the strategy's dates (NaN where it has none). */
    static double[] alignedTo(EquityCurve dates, EquityCurve other) {
        Map<LocalDate, Double> byDate = new HashMap<>();
        for (int i = 0; i < other.size(); i++) {
            byDate.put(other.date(i), other.value(i));
        }
        double[] out = new double[dates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byDate.getOrDefault(dates.date(i), Double.NaN);
        }
        return out;
    }
}
