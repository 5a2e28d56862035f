package org.pilab.jobs.spec;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.Universe;

/**
 * The spec's sections (alpha, universe, rebalance, sizing, fees, benchmark), each read from
 * its JSON object into the engine's value with its own defaults and checks. Every failure is a
 * located {@link SpecException} from {@link SpecNode}.
 */
final class SpecSections {

    private static final List<String> ALPHA_TYPES = List.of("fixed", "momentum_top_n");
    private static final List<String> FREQUENCIES = List.of("end_of_month", "weekly", "daily", "buy_and_hold");
    private static final List<String> SIZING_TYPES = List.of("long_only", "long_short");
    private static final List<String> FEE_TYPES = List.of("zero", "percent");
    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    /** Symbols become file names, so keep them to characters that are safe in a path. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._^=-]{0,31}");

    private SpecSections() {
    }

    static AlphaConfig alpha(SpecNode node, SizingConfig sizing) {
        String type = type(node, ALPHA_TYPES);
        return switch (type) {
            case "fixed" -> {
                node.requireObject(List.of("type", "weights"));
                SpecNode weightsNode = node.required("weights", "add e.g. \"weights\": {\"SPY\": 0.6, \"AGG\": 0.4}")
                        .requireAnyObject();
                Map<String, Double> weights = new TreeMap<>();
                for (String symbol : weightsNode.keys()) {
                    SpecNode w = weightsNode.child(symbol);
                    checkSymbol(w, symbol);
                    double weight = w.asNumber();
                    if (weight < 0 && sizing instanceof SizingConfig.LongOnly) {
                        throw w.error("negative weight " + weight + " needs \"sizing\": {\"type\": \"long_short\"}");
                    }
                    weights.put(symbol, weight);
                }
                if (weights.isEmpty()) {
                    throw weightsNode.error("no weights; give at least one, e.g. {\"SPY\": 1.0}");
                }
                yield new AlphaConfig.FixedWeights(weights);
            }
            case "momentum_top_n" -> {
                node.requireObject(List.of("type", "lookback", "top_n"));
                int lookback = node.wholeNumber("lookback", BacktestSpecReader.DEFAULT_LOOKBACK);
                if (lookback < 1) {
                    throw node.child("lookback").error("must be at least 1 (days of closes), got " + lookback);
                }
                int topN = node.wholeNumber("top_n", BacktestSpecReader.DEFAULT_TOP_N);
                if (topN < 1) {
                    throw node.child("top_n").error("must be at least 1, got " + topN);
                }
                yield new AlphaConfig.MomentumTopN(lookback, topN);
            }
            default -> throw new IllegalStateException(type);
        };
    }

    static Universe universe(SpecNode root, AlphaConfig alpha, SpecNode alphaNode) {
        Map<String, Optional<LocalDate>> joins = new TreeMap<>();
        if (!root.has("universe")) {
            if (alpha instanceof AlphaConfig.FixedWeights fixed) {
                fixed.weights().keySet().forEach(s -> joins.put(s, Optional.empty()));
                return new Universe(joins);
            }
            throw root.error("missing required key \"universe\" (momentum needs the assets to rank); "
                    + "add e.g. \"universe\": [\"XLB\", \"XLE\", \"XLF\"]");
        }
        SpecNode u = root.child("universe");
        if (u.json().isArray()) {
            for (SpecNode e : u.elements()) {
                String symbol = e.asText();
                checkSymbol(e, symbol);
                if (joins.put(symbol, Optional.empty()) != null) {
                    throw e.error("\"" + symbol + "\" is listed twice");
                }
            }
        } else if (u.json().isObject()) {
            for (String symbol : u.keys()) {
                SpecNode e = u.child(symbol);
                checkSymbol(e, symbol);
                joins.put(symbol, e.json().isNull() ? Optional.empty() : Optional.of(e.asDate()));
            }
        } else {
            throw u.error("expected a list of symbols [\"SPY\", \"AGG\"] or an object {\"SPY\": null, "
                    + "\"XLC\": \"2018-06-19\"} (symbol -> first date), got " + SpecNode.kind(u.json()));
        }
        if (joins.isEmpty()) {
            throw u.error("the universe is empty; list at least one symbol");
        }
        if (alpha instanceof AlphaConfig.FixedWeights fixed) {
            for (String symbol : fixed.weights().keySet()) {
                if (!joins.containsKey(symbol)) {
                    throw alphaNode.child("weights").child(symbol).error("\"" + symbol
                            + "\" is weighted but not in \"universe\"; add it there or remove the weight");
                }
            }
        }
        return new Universe(joins);
    }

    static RebalanceConfig rebalance(SpecNode root) {
        if (!root.has("rebalance")) {
            return new RebalanceConfig.EndOfMonth();
        }
        SpecNode node = root.child("rebalance").requireObject(List.of("frequency", "weekday"));
        String frequency = choice(node.required("frequency", "one of " + String.join(", ", FREQUENCIES)),
                FREQUENCIES);
        if (node.has("weekday") && !frequency.equals("weekly")) {
            throw node.child("weekday").error("\"weekday\" applies only to \"frequency\": \"weekly\"; remove it");
        }
        return switch (frequency) {
            case "end_of_month" -> new RebalanceConfig.EndOfMonth();
            case "daily" -> new RebalanceConfig.Daily();
            case "buy_and_hold" -> new RebalanceConfig.BuyAndHold();
            case "weekly" -> new RebalanceConfig.Weekly(node.has("weekday")
                    ? weekday(node.child("weekday")) : BacktestSpecReader.DEFAULT_WEEKDAY);
            default -> throw new IllegalStateException(frequency);
        };
    }

    /** MON..FRI, also accepting full names in any case ("wednesday"). */
    static DayOfWeek weekday(SpecNode node) {
        String text = node.asText().trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek dow : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            if (text.equals(dow.name().substring(0, 3)) || text.equals(dow.name())) {
                return dow;
            }
        }
        throw node.error("\"" + node.asText() + "\" is not a trading weekday; use one of " + String.join(", ", WEEKDAYS));
    }

    static SizingConfig sizing(SpecNode root) {
        if (!root.has("sizing")) {
            return new SizingConfig.LongOnly(BacktestSpecReader.DEFAULT_CASH_BUFFER);
        }
        SpecNode node = root.child("sizing");
        String type = type(node, SIZING_TYPES);
        return switch (type) {
            case "long_only" -> {
                node.requireObject(List.of("type", "cash_buffer"));
                double buffer = node.number("cash_buffer", BacktestSpecReader.DEFAULT_CASH_BUFFER);
                if (buffer < 0 || buffer >= 1) {
                    throw node.child("cash_buffer").error("must be a fraction from 0 up to (not including) 1, e.g. 0.01 for 1%, got " + buffer);
                }
                yield new SizingConfig.LongOnly(buffer);
            }
            case "long_short" -> {
                node.requireObject(List.of("type", "gross_leverage"));
                double leverage = node.number("gross_leverage", BacktestSpecReader.DEFAULT_GROSS_LEVERAGE);
                if (leverage <= 0) {
                    throw node.child("gross_leverage").error("must be more than 0, e.g. 2.0, got " + leverage);
                }
                yield new SizingConfig.LongShort(leverage);
            }
            default -> throw new IllegalStateException(type);
        };
    }

    static FeeConfig fees(SpecNode root) {
        if (!root.has("fees")) {
            return new FeeConfig.Zero();
        }
        SpecNode node = root.child("fees");
        String type = type(node, FEE_TYPES);
        return switch (type) {
            case "zero" -> {
                node.requireObject(List.of("type"));
                yield new FeeConfig.Zero();
            }
            case "percent" -> {
                node.requireObject(List.of("type", "commission", "tax"));
                yield new FeeConfig.Percent(fraction(node, "commission"), fraction(node, "tax"));
            }
            default -> throw new IllegalStateException(type);
        };
    }

    private static double fraction(SpecNode node, String key) {
        double v = node.number(key, 0.0);
        if (v < 0 || v >= 1) {
            throw node.child(key).error("must be a fraction from 0 up to 1, e.g. 0.001 for 0.1%, got " + v);
        }
        return v;
    }

    static Optional<String> benchmark(SpecNode root) {
        if (!root.has("benchmark")) {
            return Optional.empty();
        }
        SpecNode node = root.child("benchmark").requireObject(List.of("symbol"));
        SpecNode symbolNode = node.required("symbol", "add e.g. \"symbol\": \"SPY\"");
        String symbol = symbolNode.asText();
        checkSymbol(symbolNode, symbol);
        return Optional.of(symbol);
    }

    /** The required "type" of an object whose other keys depend on it. */
    private static String type(SpecNode node, List<String> types) {
        if (!node.json().isObject()) {
            throw node.error("expected an object with a \"type\" (" + String.join(", ", types) + "), got "
                    + SpecNode.kind(node.json()));
        }
        return choice(node.required("type", "one of " + String.join(", ", types)), types);
    }

    private static String choice(SpecNode node, List<String> choices) {
        String value = node.asText();
        if (choices.contains(value)) {
            return value;
        }
        String hint = KeySuggester.closest(value, choices).map(c -> "; did you mean \"" + c + "\"?").orElse("");
        throw node.error("\"" + value + "\" is not one of " + String.join(", ", choices) + hint);
    }

    private static void checkSymbol(SpecNode node, String symbol) {
        if (!SYMBOL.matcher(symbol).matches()) {
            throw node.error("\"" + symbol + "\" is not a valid symbol; use letters, digits and . _ ^ = - "
                    + "(it names the file SYMBOL.csv)");
        }
    }
}
