package org.pilab.jobs.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;
import org.pilab.engine.Universe;

/**
 * Reads a backtest spec (JSON, see docs/backtest-spec.md) into the engine's request and the
 * location of its price files. Every problem is reported as a {@link SpecException} naming the
 * file, line, column and dotted field, with the valid choices.
 *
 * <p>Sweeps edit a parsed base spec (e.g. set {@code alpha.lookback}) and re-read it with
 * {@link #fromTree(JsonNode, String, Optional)}; the checks are the same, only line numbers are
 * missing.</p>
 */
public final class BacktestSpecReader {

    /** The only spec format version so far; the key is optional. */
    public static final int VERSION = 1;

    public static final double DEFAULT_INITIAL_CASH = 1_000_000.0;
    public static final String DEFAULT_DATA_DIR = "datasets/market";
    public static final double DEFAULT_CASH_BUFFER = 0.01;
    public static final double DEFAULT_GROSS_LEVERAGE = 1.0;
    public static final int DEFAULT_LOOKBACK = 126;
    public static final int DEFAULT_TOP_N = 3;
    public static final DayOfWeek DEFAULT_WEEKDAY = DayOfWeek.WEDNESDAY;

    static final List<String> TOP_KEYS = List.of("version", "title", "data_dir", "start", "end", "initial_cash",
            "universe", "alpha", "rebalance", "sizing", "fees", "burn_in", "benchmark");
    private static final List<String> ALPHA_TYPES = List.of("fixed", "momentum_top_n");
    private static final List<String> FREQUENCIES = List.of("end_of_month", "weekly", "daily", "buy_and_hold");
    private static final List<String> SIZING_TYPES = List.of("long_only", "long_short");
    private static final List<String> FEE_TYPES = List.of("zero", "percent");
    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    /** Symbols become file names, so keep them to characters that are safe in a path. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._^=-]{0,31}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final DataDirResolver dataDirs;

    /** Resolves relative {@code data_dir}s against the process's current directory. */
    public BacktestSpecReader() {
        this(Path.of(""));
    }

    public BacktestSpecReader(Path workingDir) {
        this.dataDirs = new DataDirResolver(workingDir);
    }

    /** Reads and checks a spec file. */
    public BacktestSpec read(Path file) {
        String text = readText(file);
        JsonNode tree = parse(text, file.toString());
        Path dir = file.toAbsolutePath().normalize().getParent();
        return fromTree(tree, new SpecNode.Source(file.toString(), JsonLocator.index(text)),
                Optional.ofNullable(dir), Optional.of(stem(file)));
    }

    /** Parses a spec file into a tree (for sweeps that edit it), with the same error messages. */
    public static JsonNode parseFile(Path file) {
        return parse(readText(file), file.toString());
    }

    /** Checks a spec already in memory; {@code data_dir} resolves against the working directory. */
    public BacktestSpec fromTree(JsonNode node, String sourceName) {
        return fromTree(node, sourceName, Optional.empty());
    }

    /**
     * Checks a spec already in memory.
     *
     * @param sourceName names the spec in messages, e.g. "momentum_sweep.json variant 7"
     * @param specDir    the directory a relative {@code data_dir} may also be relative to
     */
    public BacktestSpec fromTree(JsonNode node, String sourceName, Optional<Path> specDir) {
        return fromTree(node, new SpecNode.Source(sourceName, JsonLocator.none()), specDir, Optional.empty());
    }

    private BacktestSpec fromTree(JsonNode node, SpecNode.Source source, Optional<Path> specDir,
            Optional<String> defaultTitle) {
        SpecNode root = SpecNode.root(node, source).requireObject(TOP_KEYS);
        if (root.has("version") && root.child("version").asWholeNumber() != VERSION) {
            throw root.child("version").error("this pilab reads spec version " + VERSION
                    + " only; remove the key or set it to " + VERSION);
        }
        String title = root.optionalText("title").orElse(defaultTitle.orElse("Backtest"));
        LocalDate start = root.required("start", "add e.g. \"start\": \"2007-01-31\"").asDate();
        LocalDate end = root.required("end", "add e.g. \"end\": \"2015-12-31\"").asDate();
        if (end.isBefore(start)) {
            throw root.child("end").error(end + " is before start " + start + "; end must be on or after start");
        }
        double initialCash = root.number("initial_cash", DEFAULT_INITIAL_CASH);
        if (initialCash <= 0) {
            throw root.child("initial_cash").error("must be more than 0, got " + initialCash);
        }
        SizingConfig sizing = sizing(root);
        SpecNode alphaNode = root.required("alpha",
                "add e.g. \"alpha\": {\"type\": \"fixed\", \"weights\": {\"SPY\": 0.6, \"AGG\": 0.4}}");
        AlphaConfig alpha = alpha(alphaNode, sizing);
        Universe universe = universe(root, alpha, alphaNode);
        Optional<LocalDate> burnIn = root.optionalDate("burn_in");
        if (burnIn.isPresent() && (burnIn.get().isBefore(start) || burnIn.get().isAfter(end))) {
            throw root.child("burn_in").error(burnIn.get() + " is outside " + start + " .. " + end
                    + "; the burn-in date must lie between start and end");
        }
        Optional<String> benchmark = benchmark(root);
        BacktestConfig config = new BacktestConfig(title, start, end, initialCash, universe, alpha,
                rebalance(root), sizing, fees(root), burnIn, benchmark);
        String dataDir = root.optionalText("data_dir").orElse(DEFAULT_DATA_DIR);
        DataLocation location = dataDirs.resolve(root.has("data_dir") ? root.child("data_dir") : root,
                dataDir, specDir, config.symbols());
        return new BacktestSpec(config, location);
    }

    private static AlphaConfig alpha(SpecNode node, SizingConfig sizing) {
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
                int lookback = node.wholeNumber("lookback", DEFAULT_LOOKBACK);
                if (lookback < 1) {
                    throw node.child("lookback").error("must be at least 1 (days of closes), got " + lookback);
                }
                int topN = node.wholeNumber("top_n", DEFAULT_TOP_N);
                if (topN < 1) {
                    throw node.child("top_n").error("must be at least 1, got " + topN);
                }
                yield new AlphaConfig.MomentumTopN(lookback, topN);
            }
            default -> throw new IllegalStateException(type);
        };
    }

    private static Universe universe(SpecNode root, AlphaConfig alpha, SpecNode alphaNode) {
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

    private static RebalanceConfig rebalance(SpecNode root) {
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
                    ? weekday(node.child("weekday")) : DEFAULT_WEEKDAY);
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

    private static SizingConfig sizing(SpecNode root) {
        if (!root.has("sizing")) {
            return new SizingConfig.LongOnly(DEFAULT_CASH_BUFFER);
        }
        SpecNode node = root.child("sizing");
        String type = type(node, SIZING_TYPES);
        return switch (type) {
            case "long_only" -> {
                node.requireObject(List.of("type", "cash_buffer"));
                double buffer = node.number("cash_buffer", DEFAULT_CASH_BUFFER);
                if (buffer < 0 || buffer >= 1) {
                    throw node.child("cash_buffer").error("must be a fraction from 0 up to (not including) 1, e.g. 0.01 for 1%, got " + buffer);
                }
                yield new SizingConfig.LongOnly(buffer);
            }
            case "long_short" -> {
                node.requireObject(List.of("type", "gross_leverage"));
                double leverage = node.number("gross_leverage", DEFAULT_GROSS_LEVERAGE);
                if (leverage <= 0) {
                    throw node.child("gross_leverage").error("must be more than 0, e.g. 2.0, got " + leverage);
                }
                yield new SizingConfig.LongShort(leverage);
            }
            default -> throw new IllegalStateException(type);
        };
    }

    private static FeeConfig fees(SpecNode root) {
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

    private static Optional<String> benchmark(SpecNode root) {
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

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SpecException(file + ": spec file not found; check the path");
        } catch (IOException e) {
            throw new SpecException(file + ": cannot read the spec file: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String text, String sourceName) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new SpecException(sourceName + ": the spec is empty; it must be a JSON object {...}");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new SpecException(sourceName + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The top-level keys in documentation order (for help texts and editors). */
    public static List<String> topLevelKeys() {
        return TOP_KEYS;
    }
}
