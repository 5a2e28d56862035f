package org.pilab.jobs.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.BacktestConfig;
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
    /** Largest initial_cash accepted: cash in cents must stay within a long as the portfolio grows. */
    public static final double MAX_INITIAL_CASH = 1e12;
    public static final String DEFAULT_DATA_DIR = "datasets/market";
    public static final double DEFAULT_CASH_BUFFER = 0.01;
    public static final double DEFAULT_GROSS_LEVERAGE = 1.0;
    public static final int DEFAULT_LOOKBACK = 126;
    public static final int DEFAULT_TOP_N = 3;
    public static final DayOfWeek DEFAULT_WEEKDAY = DayOfWeek.WEDNESDAY;

    static final List<String> TOP_KEYS = List.of("version", "title", "data_dir", "start", "end", "initial_cash",
            "universe", "alpha", "rebalance", "sizing", "fees", "burn_in", "benchmark");

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

    /**
     * Reads and checks a spec file. A relative path under {@code datasets/} that is not on disk
     * is read from the datasets bundled in the jar (the shipped examples).
     */
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
        if (initialCash > MAX_INITIAL_CASH) {
            // the ledger counts whole cents in 64 bits; this leaves room for a 10,000-fold gain
            throw root.child("initial_cash").error("is too large (" + initialCash + "); write at most "
                    + String.format(java.util.Locale.ROOT, "%.0f", MAX_INITIAL_CASH) + " (10^12)");
        }
        SizingConfig sizing = SpecSections.sizing(root);
        SpecNode alphaNode = root.required("alpha",
                "add e.g. \"alpha\": {\"type\": \"fixed\", \"weights\": {\"SPY\": 0.6, \"AGG\": 0.4}}");
        AlphaConfig alpha = SpecSections.alpha(alphaNode, sizing);
        Universe universe = SpecSections.universe(root, alpha, alphaNode);
        Optional<LocalDate> burnIn = root.optionalDate("burn_in");
        if (burnIn.isPresent() && (burnIn.get().isBefore(start) || burnIn.get().isAfter(end))) {
            throw root.child("burn_in").error(burnIn.get() + " is outside " + start + " .. " + end
                    + "; the burn-in date must lie between start and end");
        }
        Optional<String> benchmark = SpecSections.benchmark(root);
        BacktestConfig config = new BacktestConfig(title, start, end, initialCash, universe, alpha,
                SpecSections.rebalance(root), sizing, SpecSections.fees(root), burnIn, benchmark);
        String dataDir = root.optionalText("data_dir").orElse(DEFAULT_DATA_DIR);
        DataLocation location = dataDirs.resolve(root.has("data_dir") ? root.child("data_dir") : root,
                dataDir, specDir, config.symbols());
        return new BacktestSpec(config, location);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            // A Pi with only the jar can still run the shipped examples by their repository path.
            return bundledSpec(file).orElseThrow(() -> new SpecException(file + ": spec file not found; check the path"));
        } catch (IOException e) {
            throw new SpecException(file + ": cannot read the spec file: " + e.getMessage(), e);
        }
    }

    private static Optional<String> bundledSpec(Path file) {
        String path = file.toString().replace('\\', '/');
        if (file.isAbsolute() || !path.startsWith(DataDirResolver.BUNDLED_PREFIX) || path.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = BacktestSpecReader.class.getResourceAsStream("/" + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpecException(file + ": cannot read the bundled spec: " + e.getMessage(), e);
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
            throw new SpecException(sourceName + JsonErrorText.where(e) + ": not valid JSON: " + JsonErrorText.problem(e), e);
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
