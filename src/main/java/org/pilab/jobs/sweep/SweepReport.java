package org.pilab.jobs.sweep;

import java.util.List;
import java.util.Optional;

/**
 * A sweep's results ranked by Sharpe ratio, with the guards against overfitting.
 *
 * @param ranked         best first; ties keep task order
 * @param deflatedSharpe of the best variant given every trial
 * @param overfitting    PBO by CSCV, when there are at least two variants of equal length
 * @param missingTasks   tasks with no result (a half-finished array), in order
 */
public record SweepReport(
        List<VariantResult> ranked,
        DeflatedSharpe deflatedSharpe,
        Optional<BacktestOverfitting> overfitting,
        List<Integer> missingTasks) {

    public SweepReport {
        ranked = List.copyOf(ranked);
        missingTasks = List.copyOf(missingTasks);
    }

    public int trials() {
        return ranked.size();
    }

    public VariantResult best() {
        return ranked.get(0);
    }

    /** Plain words for the learner when the best result could be luck. */
    public Optional<String> warning() {
        if (deflatedSharpe.significant()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "WARNING: the best variant (task %d, Sharpe %.2f) is not significant after %d trials: "
                        + "its deflated Sharpe ratio is %.2f (below %.2f). Sharpe ratios this high are expected "
                        + "from luck alone when this many variants are tried; do not trust it without "
                        + "out-of-sample evidence.",
                best().task(), best().sharpe(), trials(), deflatedSharpe.deflatedSharpe(), DeflatedSharpe.SIGNIFICANCE));
    }
}
