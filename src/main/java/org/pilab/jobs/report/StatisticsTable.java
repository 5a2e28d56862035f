package org.pilab.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pilab.engine.Performance;
import org.pilab.engine.Statistics;

/** The strategy-versus-benchmark table at the top of the tearsheet. */
final class StatisticsTable {

    private record Row(String label, Function<Performance, String> value, Function<Performance, Double> sign) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Total return", p -> Numbers.signedPercent(s(p).totalReturn(), 2), p -> s(p).totalReturn()),
            new Row("CAGR", p -> Numbers.signedPercent(s(p).cagr(), 2), p -> s(p).cagr()),
            new Row("Sharpe ratio", p -> Numbers.ratio(s(p).sharpe()), p -> 0.0),
            new Row("Sortino ratio", p -> Numbers.ratio(s(p).sortino()), p -> 0.0),
            new Row("Annual volatility", p -> Numbers.percent(s(p).annualVolatility(), 2), p -> 0.0),
            new Row("Max drawdown", p -> Numbers.percent(s(p).maxDrawdown(), 2), p -> -s(p).maxDrawdown()),
            new Row("Max drawdown duration", p -> s(p).maxDrawdownDuration() + " days", p -> 0.0),
            new Row("Final equity", p -> Numbers.money(s(p).finalEquity()), p -> 0.0),
            new Row("Fills", p -> Integer.toString(p.fills().size()), p -> 0.0));

    private StatisticsTable() {
    }

    static List<String> render(Performance strategy, Optional<Performance> benchmark, Ansi ansi) {
        int labelWidth = 24;
        int columnWidth = 18;
        List<String> out = new ArrayList<>();
        StringBuilder header = new StringBuilder(" ".repeat(labelWidth))
                .append(leftPad("Strategy", columnWidth));
        benchmark.ifPresent(b -> header.append(leftPad("Benchmark", columnWidth)));
        out.add(ansi.paint(Ansi.BOLD, header.toString()));
        for (Row row : ROWS) {
            StringBuilder line = new StringBuilder(rightPad(row.label(), labelWidth));
            line.append(cell(row, strategy, columnWidth, ansi));
            benchmark.ifPresent(b -> line.append(cell(row, b, columnWidth, ansi)));
            out.add(line.toString());
        }
        return out;
    }

    private static String cell(Row row, Performance p, int width, Ansi ansi) {
        String text = row.value().apply(p);
        return " ".repeat(Math.max(0, width - text.length())) + ansi.signed(row.sign().apply(p), text);
    }

    private static Statistics s(Performance p) {
        return p.statistics();
    }

    static String leftPad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    static String rightPad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
