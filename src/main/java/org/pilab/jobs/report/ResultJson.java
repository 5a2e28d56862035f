package org.pilab.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Performance;
import org.pilab.engine.Statistics;
import org.pilab.jobs.output.AtomicFiles;

/**
 * The machine-readable summary of a run (the {@code --json} file and {@code result.json} in a
 * report): {@code strategy} and {@code benchmark} (null without one) with the tearsheet
 * statistics, the fill count and the equity curve as {@code [["YYYY-MM-DD", equity], ...]},
 * the run's {@code warnings}, and {@code timing} in seconds. Non-finite numbers (a Sharpe ratio
 * of a flat curve) are written as null, since JSON has no NaN.
 */
public final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {
    }

    public static ObjectNode toJson(BacktestResult result, RunTiming timing) {
        ObjectNode root = NODES.objectNode();
        root.set("strategy", portfolio(result.strategy()));
        root.set("benchmark", result.benchmark().map(ResultJson::portfolio).orElse(null));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ObjectNode t = root.putObject("timing");
        number(t, "load_seconds", timing.loadSeconds());
        number(t, "run_seconds", timing.runSeconds());
        return root;
    }

    /** Indented objects with each array on one line, so the file stays readable and small. */
    public static String toText(BacktestResult result, RunTiming timing) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(toJson(result, timing)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the summary atomically (a temp file renamed into place). */
    public static void write(Path file, BacktestResult result, RunTiming timing) throws IOException {
        AtomicFiles.writeString(file, toText(result, timing));
    }

    static ObjectNode portfolio(Performance p) {
        Statistics s = p.statistics();
        ObjectNode o = NODES.objectNode();
        o.put("title", p.title());
        number(o, "final_equity", s.finalEquity());
        number(o, "total_return", s.totalReturn());
        number(o, "cagr", s.cagr());
        number(o, "sharpe", s.sharpe());
        number(o, "sortino", s.sortino());
        number(o, "annual_volatility", s.annualVolatility());
        number(o, "max_drawdown", s.maxDrawdown());
        o.put("max_drawdown_duration", s.maxDrawdownDuration());
        o.put("fills", p.fills().size());
        ArrayNode curve = o.putArray("equity_curve");
        EquityCurve e = p.equity();
        for (int i = 0; i < e.size(); i++) {
            ArrayNode row = curve.addArray();
            row.add(e.date(i).toString());
            if (Double.isFinite(e.value(i))) {
                row.add(e.value(i));
            } else {
                row.addNull();
            }
        }
        return o;
    }

    private static void number(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }
}
