package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one variant of a sweep scored.
 *
 * @param task         its array task id
 * @param params       its grid values, in the grid's order
 * @param sharpe       annualised Sharpe ratio as the tearsheet shows it
 * @param dailyReturns its daily returns (the tearsheet's leading 0 excluded), for the deflated
 *                     Sharpe ratio and PBO
 */
public record VariantResult(
        int task,
        Map<String, JsonNode> params,
        double sharpe,
        double cagr,
        double maxDrawdown,
        double finalEquity,
        double[] dailyReturns) {

    public VariantResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        dailyReturns = dailyReturns.clone();
    }

    @Override
    public double[] dailyReturns() {
        return dailyReturns.clone();
    }

    int observations() {
        return dailyReturns.length;
    }

    Moments moments() {
        return Moments.of(dailyReturns);
    }

    double returnAt(int i) {
        return dailyReturns[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VariantResult v && v.task == task && v.params.equals(params)
                && Double.compare(v.sharpe, sharpe) == 0 && Double.compare(v.cagr, cagr) == 0
                && Double.compare(v.maxDrawdown, maxDrawdown) == 0 && Double.compare(v.finalEquity, finalEquity) == 0
                && java.util.Arrays.equals(v.dailyReturns, dailyReturns);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(task) * 31 + params.hashCode();
    }

    @Override
    public String toString() {
        return "VariantResult[task=" + task + ", params=" + params + ", sharpe=" + sharpe + "]";
    }
}
