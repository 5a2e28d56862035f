package org.pilab.hardware.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Sizes a sweep from its base backtest spec: assets (the universe, or the fixed weights when
 * there is no universe) times weekdays from start to end, the same asset-days that
 * {@code pilab bench} divides its time by. Grid axes that change the universe or the dates are
 * not looked at; the base spec stands for every variant.
 */
public final class WorkloadFromSpec {

    /**
     * Bytes of price data per asset-day (estimate): one row of a Yahoo-style daily CSV
     * (date, open, high, low, close, volume, adjusted close) is about 70 bytes.
     */
    public static final int CSV_BYTES_PER_ASSET_DAY = 70;

    private WorkloadFromSpec() {
    }

    public static SweepWorkload of(long variants, JsonNode base, String source) {
        Set<String> assets = assets(base, source);
        LocalDate start = date(base, "start", source);
        LocalDate end = date(base, "end", source);
        if (end.isBefore(start)) {
            throw new PlanInputException(source + ": base.end " + end + " is before base.start " + start);
        }
        long days = weekdays(start, end);
        double assetDays = (double) assets.size() * days;
        double megabytes = assetDays * CSV_BYTES_PER_ASSET_DAY / 1e6;
        String description = variants + " variants of " + assets.size() + " assets x " + days + " weekdays, "
                + start + " to " + end;
        return new SweepWorkload(variants, assetDays, megabytes, description);
    }

    /** Monday-to-Friday days from start to end, both included: the trading days, holidays aside. */
    static long weekdays(LocalDate start, LocalDate end) {
        long count = 0;
        // A whole week always holds five weekdays; only the remainder needs counting day by day.
        long total = end.toEpochDay() - start.toEpochDay() + 1;
        count += (total / 7) * 5;
        LocalDate d = start.plusDays((total / 7) * 7);
        for (; !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> assets(JsonNode base, String source) {
        Set<String> assets = new LinkedHashSet<>();
        JsonNode universe = base.get("universe");
        if (universe != null && universe.isArray()) {
            universe.forEach(s -> assets.add(s.asText()));
        } else if (universe != null && universe.isObject()) {
            universe.fieldNames().forEachRemaining(assets::add);
        } else {
            JsonNode weights = base.path("alpha").path("weights");
            weights.fieldNames().forEachRemaining(assets::add);
        }
        if (assets.isEmpty()) {
            throw new PlanInputException(source + ": base has no \"universe\" (or fixed \"alpha.weights\"), so the "
                    + "sweep's size is unknown; add e.g. \"universe\": [\"SPY\", \"AGG\"]");
        }
        return assets;
    }

    private static LocalDate date(JsonNode base, String key, String source) {
        JsonNode node = base.get(key);
        if (node == null || !node.isTextual()) {
            throw new PlanInputException(source + ": base." + key + " is missing; add e.g. \"" + key
                    + "\": \"2015-12-31\"");
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new PlanInputException(source + ": base." + key + " \"" + node.asText()
                    + "\" is not a date like 2015-12-31", e);
        }
    }
}
