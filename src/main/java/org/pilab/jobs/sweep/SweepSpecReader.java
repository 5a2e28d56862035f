package org.pilab.jobs.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pilab.jobs.spec.JsonLocator;
import org.pilab.jobs.spec.KeySuggester;
import org.pilab.jobs.spec.SpecException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a sweep spec: {@code {"base": {...backtest spec...} or "file.json", "grid": {path: [values]
 * or {"from", "to", "step"}}}}. Everything is checked before any work starts: unknown keys, paths
 * that do not exist in the base, empty lists, bad ranges and grids too large to run by accident.
 */
public final class SweepSpecReader {

    /** Above this many variants a sweep needs {@code --force}: it is probably a typo in a range. */
    public static final long MAX_VARIANTS_WITHOUT_FORCE = 100_000;

    private static final Set<String> TOP_KEYS = Set.of("version", "base", "grid");
    private static final Set<String> RANGE_KEYS = Set.of("from", "to", "step");
    private static final int MAX_RANGE_VALUES = 10_000_000;

    private final ObjectMapper mapper = new ObjectMapper();

    public SweepSpec read(Path file, boolean force) {
        String text = readText(file, "sweep spec");
        return parse(text, file.toString(), file.toAbsolutePath().getParent(), force);
    }

    /** Parses sweep JSON; {@code dir} resolves a base given as a file name. */
    public SweepSpec parse(String text, String source, Path dir, boolean force) {
        JsonNode root = readTree(text, source);
        JsonLocator where = JsonLocator.index(text);
        if (!root.isObject()) {
            throw new SpecException(source + ": a sweep spec is a JSON object with \"base\" and \"grid\"");
        }
        rejectUnknownKeys(root, TOP_KEYS, source, where, "");
        JsonNode version = root.get("version");
        if (version != null && !(version.isInt() && version.asInt() == 1)) {
            throw new SpecException(at(source, where, "/version")
                    + "unsupported sweep spec version " + version + "; this pilab reads version 1");
        }
        ObjectNode base = readBase(root.get("base"), source, dir);
        JsonNode grid = root.get("grid");
        if (grid == null || !grid.isObject() || grid.isEmpty()) {
            throw new SpecException(at(source, where, "/grid")
                    + "\"grid\" must be an object of dotted paths to value lists, e.g. "
                    + "{\"alpha.lookback\": [21, 63, 126]}");
        }
        List<GridAxis> axes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = grid.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = e.getKey();
            String place = at(source, where, "/grid/" + path.replace("~", "~0").replace("/", "~1"));
            if (SpecPaths.find(base, path).isEmpty()) {
                List<String> paths = leafPaths(base);
                String hint = KeySuggester.closest(path, paths).map(p -> "did you mean \"" + p + "\"? ").orElse("");
                throw new SpecException(place + "grid path \"" + path
                        + "\" does not exist in the base spec; " + hint + "paths there: " + String.join(", ", paths));
            }
            axes.add(new GridAxis(path, values(e.getValue(), path, place)));
        }
        SweepSpec spec = new SweepSpec(source, base, axes);
        long size;
        try {
            size = spec.size();
        } catch (ArithmeticException overflow) {
            size = Long.MAX_VALUE;
        }
        if (size > MAX_VARIANTS_WITHOUT_FORCE && !force) {
            throw new SpecException(source + ": the grid has " + (size == Long.MAX_VALUE ? "too many" : size)
                    + " variants (over " + MAX_VARIANTS_WITHOUT_FORCE
                    + "); check the ranges, or pass --force if you really mean it");
        }
        if (size > Integer.MAX_VALUE) {
            throw new SpecException(source + ": the grid has more variants than task ids can number");
        }
        return spec;
    }

    private ObjectNode readBase(JsonNode base, String source, Path dir) {
        if (base == null) {
            throw new SpecException(source + ": missing \"base\": the backtest spec each variant starts from "
                    + "(an object, or the name of a spec file)");
        }
        if (base.isTextual()) {
            Path file = dir == null ? Path.of(base.asText()) : dir.resolve(base.asText());
            JsonNode node = readTree(readText(file, "base spec"), file.toString());
            if (!node.isObject()) {
                throw new SpecException(file + ": a backtest spec is a JSON object");
            }
            return (ObjectNode) node;
        }
        if (!base.isObject()) {
            throw new SpecException(source + ": \"base\" must be a backtest spec object or a file name");
        }
        return (ObjectNode) base;
    }

    private static List<JsonNode> values(JsonNode node, String path, String place) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw new SpecException(place + "grid path \"" + path + "\" has an empty list; give it "
                        + "at least one value");
            }
            List<JsonNode> values = new ArrayList<>();
            node.forEach(values::add);
            return values;
        }
        if (node.isObject()) {
            return range(node, path, place);
        }
        throw new SpecException(place + "grid path \"" + path + "\" needs a list of values or "
                + "{\"from\": A, \"to\": B, \"step\": S}");
    }

    private static List<JsonNode> range(JsonNode node, String path, String place) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!RANGE_KEYS.contains(key)) {
                throw new SpecException(place + "unknown key \"" + key + "\" in the range of \"" + path
                        + "\"; a range has from, to and step");
            }
        }
        for (String key : RANGE_KEYS) {
            if (!node.has(key) || !node.get(key).isNumber()) {
                throw new SpecException(place + "the range of \"" + path + "\" needs a number for \"" + key + "\"");
            }
        }
        BigDecimal from = node.get("from").decimalValue();
        BigDecimal to = node.get("to").decimalValue();
        BigDecimal step = node.get("step").decimalValue();
        if (step.signum() <= 0) {
            throw new SpecException(place + "the range of \"" + path + "\" needs a positive step");
        }
        if (to.compareTo(from) < 0) {
            throw new SpecException(place + "the range of \"" + path + "\" has to < from; swap them");
        }
        BigDecimal count = to.subtract(from).divide(step, MathContext.DECIMAL64).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_RANGE_VALUES)) > 0) {
            throw new SpecException(place + "the range of \"" + path + "\" has over " + MAX_RANGE_VALUES
                    + " values; check its step");
        }
        boolean integral = node.get("from").isIntegralNumber() && node.get("to").isIntegralNumber()
                && node.get("step").isIntegralNumber();
        List<JsonNode> values = new ArrayList<>();
        // Decimal arithmetic, so 0.1 steps give 0.3 and not 0.30000000000000004.
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            values.add(integral ? IntNode.valueOf(v.intValueExact()) : DoubleNode.valueOf(v.doubleValue()));
        }
        return values;
    }

    private static void rejectUnknownKeys(JsonNode node, Set<String> known, String source, JsonLocator where,
            String pointer) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new SpecException(at(source, where, pointer + "/" + key) + "unknown key \""
                        + key + "\"; a sweep spec has " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private static List<String> leafPaths(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(),
                    prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out));
        } else {
            out.add(prefix);
        }
    }

    /** "file:line:col: " as the backtest spec reader writes it, or "file: " without a location. */
    private static String at(String source, JsonLocator where, String pointer) {
        return source + where.lineColumn(pointer).map(lc -> ":" + lc).orElse("") + ": ";
    }

    private JsonNode readTree(String text, String source) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new SpecException(source + (loc == null ? "" : ":" + loc.getLineNr() + ":"
                    + loc.getColumnNr()) + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String readText(Path file, String what) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(file + ": no such " + what + " file; check the path", e);
        } catch (IOException e) {
            throw new SpecException(file + ": cannot read the " + what + ": " + e.getMessage(), e);
        }
    }

}
