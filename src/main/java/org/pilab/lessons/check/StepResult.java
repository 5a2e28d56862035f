package org.pilab.lessons.check;

import java.util.List;
import java.util.Optional;

/** The verdicts of all checks of a step, in order. */
public record StepResult(List<CheckResult> results) {

    public StepResult {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    public Optional<CheckResult> firstFailure() {
        return results.stream().filter(r -> !r.passed()).findFirst();
    }

    /** The learner-facing report: one line per check, failures with their why. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (CheckResult r : results) {
            if (r.passed()) {
                sb.append("  ok    ").append(r.check().why().isEmpty() ? r.check().type() : passLabel(r)).append('\n');
            } else {
                sb.append("  FAIL  ").append(r.check().why());
                if (!r.detail().isEmpty()) {
                    sb.append(" (").append(r.detail()).append(')');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** A passing check is shown by what it tested, not by its failure text. */
    private static String passLabel(CheckResult r) {
        return CheckLabels.label(r.check());
    }
}
