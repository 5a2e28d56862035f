package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The side-by-side comparison {@code pilab sim} prints: one column per scheduler. */
public final class ReplayTable {

    private ReplayTable() {
    }

    /**
     * @param wallSeconds measured wall time per result (same order), or null to leave the row out
     */
    public static String render(String title, List<ReplayResult> results, List<Double> wallSeconds) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("", results, ReplayResult::scheduler));
        rows.add(row("jobs", results, r -> Integer.toString(r.jobs())));
        rows.add(row("completed", results, r -> Integer.toString(r.completed())));
        rows.add(row("skipped", results, r -> Integer.toString(r.skipped())));
        rows.add(row("started by backfill", results, r -> Integer.toString(r.backfilled())));
        rows.add(row("makespan", results, r -> SlurmTimes.padded(r.makespanSeconds())));
        rows.add(row("utilisation", results, r -> pct(r.utilisation())));
        rows.add(row("mean wait (s)", results, r -> num(r.meanWaitSeconds())));
        rows.add(row("median wait (s)", results, r -> num(r.medianWaitSeconds())));
        rows.add(row("p95 wait (s)", results, r -> num(r.p95WaitSeconds())));
        rows.add(row("mean bounded slowdown", results, r -> num(r.meanBoundedSlowdown())));
        if (wallSeconds != null) {
            String[] w = new String[results.size() + 1];
            String[] speed = new String[results.size() + 1];
            w[0] = "wall time (s)";
            speed[0] = "simulated jobs/s";
            for (int i = 0; i < results.size(); i++) {
                w[i + 1] = String.format(Locale.ROOT, "%.3f", wallSeconds.get(i));
                speed[i + 1] = String.format(Locale.ROOT, "%.0f", results.get(i).jobs() / Math.max(1e-9, wallSeconds.get(i)));
            }
            rows.add(w);
            rows.add(speed);
        }
        int first = 0;
        int other = 10;
        for (String[] r : rows) {
            first = Math.max(first, r[0].length());
            for (int i = 1; i < r.length; i++) {
                other = Math.max(other, r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (String[] r : rows) {
            sb.append(String.format("%-" + first + "s", r[0]));
            for (int i = 1; i < r.length; i++) {
                sb.append("  ").append(String.format("%" + other + "s", r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String[] row(String label, List<ReplayResult> results, Function<ReplayResult, String> f) {
        String[] r = new String[results.size() + 1];
        r[0] = label;
        for (int i = 0; i < results.size(); i++) {
            r[i + 1] = f.apply(results.get(i));
        }
        return r;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v * 100);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
