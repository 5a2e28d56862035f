package org.pilab.jobs.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Ranks a sweep's variants and measures how much of the best result could be luck. */
public final class SweepRanking {

    private SweepRanking() {
    }

    /**
     * @param results     the variants that finished (any order)
     * @param expected    how many variants the sweep has; the missing ones are reported
     */
    public static SweepReport rank(List<VariantResult> results, int expected) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no variant has a result yet");
        }
        List<VariantResult> ranked = new ArrayList<>(results);
        ranked.sort(Comparator.comparingDouble(VariantResult::sharpe).reversed()
                .thenComparingInt(VariantResult::task));
        double[] trialSharpes = new double[ranked.size()];
        for (int i = 0; i < trialSharpes.length; i++) {
            trialSharpes[i] = ranked.get(i).moments().sharpe();
        }
        VariantResult best = ranked.get(0);
        DeflatedSharpe dsr = best.observations() < 2
                ? DeflatedSharpe.of(0, 0, ranked.size(), 2, 0, 3)
                : DeflatedSharpe.of(trialSharpes, best.dailyReturns());
        return new SweepReport(ranked, dsr, overfitting(ranked), missing(results, expected));
    }

    private static Optional<BacktestOverfitting> overfitting(List<VariantResult> ranked) {
        int t = ranked.get(0).observations();
        if (ranked.size() < 2 || t < 4 || ranked.stream().anyMatch(r -> r.observations() != t)) {
            return Optional.empty();
        }
        double[][] matrix = new double[ranked.size()][];
        for (int v = 0; v < matrix.length; v++) {
            matrix[v] = ranked.get(v).dailyReturns();
        }
        return Optional.of(BacktestOverfitting.estimate(matrix, BacktestOverfitting.DEFAULT_BLOCKS));
    }

    private static List<Integer> missing(List<VariantResult> results, int expected) {
        Set<Integer> have = new TreeSet<>();
        results.forEach(r -> have.add(r.task()));
        List<Integer> missing = new ArrayList<>();
        for (int t = 0; t < expected; t++) {
            if (!have.contains(t)) {
                missing.add(t);
            }
        }
        return missing;
    }
}
