package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sweep's machine-readable report: {"results": [{"task", "params", "sharpe", "cagr",
 * "max_drawdown", "final_equity"}...] sorted by Sharpe descending, "deflated_sharpe", "trials", ...}.
 */
public final class SweepJson {

    private SweepJson() {
    }

    public static ObjectNode toJson(SweepReport report, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode results = root.putArray("results");
        for (VariantResult r : report.ranked()) {
            ObjectNode row = results.addObject();
            row.put("task", r.task());
            ObjectNode params = row.putObject("params");
            r.params().forEach(params::set);
            row.put("sharpe", r.sharpe());
            row.put("cagr", r.cagr());
            row.put("max_drawdown", r.maxDrawdown());
            row.put("final_equity", r.finalEquity());
        }
        DeflatedSharpe d = report.deflatedSharpe();
        root.put("deflated_sharpe", d.deflatedSharpe());
        root.put("trials", report.trials());
        root.put("significant", d.significant());
        root.put("expected_max_sharpe", d.expectedMaxSharpe() * Math.sqrt(252));
        report.overfitting().ifPresentOrElse(
                p -> root.put("pbo", p.probability()), () -> root.putNull("pbo"));
        ArrayNode missing = root.putArray("missing_tasks");
        report.missingTasks().forEach(missing::add);
        report.warning().ifPresent(w -> root.put("warning", w));
        return root;
    }
}
