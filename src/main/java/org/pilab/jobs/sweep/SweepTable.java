package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ranked table a learner reads in the terminal, with the overfitting guards below it. */
public final class SweepTable {

    private SweepTable() {
    }

    /** The ranking followed by the guards. @param limit how many rows to show; the rest are counted */
    public static String render(SweepReport report, int limit) {
        return rows(report, limit) + System.lineSeparator() + guards(report);
    }

    /** The ranked rows only. */
    public static String rows(SweepReport report, int limit) {
        List<String> paramNames = new ArrayList<>(report.best().params().keySet());
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "task"));
        header.addAll(paramNames);
        header.addAll(List.of("sharpe", "cagr", "max_dd", "final_equity"));
        rows.add(header.toArray(String[]::new));
        int shown = Math.min(limit, report.ranked().size());
        for (int i = 0; i < shown; i++) {
            VariantResult r = report.ranked().get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), Integer.toString(r.task())));
            for (String p : paramNames) {
                JsonNode v = r.params().get(p);
                row.add(v == null ? "" : v.isTextual() ? v.asText() : v.toString());
            }
            row.add(fmt("%.3f", r.sharpe()));
            row.add(fmt("%.2f%%", 100 * r.cagr()));
            row.add(fmt("%.2f%%", 100 * r.maxDrawdown()));
            row.add(fmt("%,.2f", r.finalEquity()));
            rows.add(row.toArray(String[]::new));
        }
        StringBuilder out = new StringBuilder();
        int[] widths = new int[header.size()];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                boolean text = c >= 2 && c < 2 + paramNames.size();
                String cell = text ? String.format("%-" + widths[c] + "s", row[c])
                        : String.format("%" + widths[c] + "s", row[c]);
                out.append(c == 0 ? "" : "  ").append(cell);
            }
            out.append(System.lineSeparator());
        }
        if (report.ranked().size() > shown) {
            out.append("... ").append(report.ranked().size() - shown).append(" more variants").append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The lines about luck: deflated Sharpe, expected maximum, PBO, missing tasks, warning. */
    public static String guards(SweepReport report) {
        DeflatedSharpe d = report.deflatedSharpe();
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(fmt("Trials: %d. Best Sharpe %.3f; the best of %d trials reaches about %.3f by luck alone.",
                report.trials(), report.best().sharpe(), report.trials(), d.expectedMaxSharpe() * Math.sqrt(252)))
                .append(nl);
        out.append(fmt("Deflated Sharpe ratio of the best: %.3f (significant at 5%% when >= %.2f).",
                d.deflatedSharpe(), DeflatedSharpe.SIGNIFICANCE)).append(nl);
        report.overfitting().ifPresent(p -> out.append(fmt(
                "Probability of backtest overfitting (CSCV, %d splits): %.2f.", p.splits(), p.probability())).append(nl));
        if (!report.missingTasks().isEmpty()) {
            out.append("Missing results for tasks: ").append(compact(report.missingTasks())).append(nl);
        }
        report.warning().ifPresent(w -> out.append(w).append(nl));
        return out.toString();
    }

    /** 0,1,2,5,7,8 -> "0-2,5,7-8", as SLURM writes array indices. */
    public static String compact(List<Integer> tasks) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < tasks.size()) {
            int j = i;
            while (j + 1 < tasks.size() && tasks.get(j + 1) == tasks.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(tasks.get(i));
            if (j > i) {
                sb.append('-').append(tasks.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
