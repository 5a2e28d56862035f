package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilab.jobs.output.AtomicFiles;

/**
 * One array task's result on disk, {@code task-000007.json}: what {@code pilab job run} writes
 * inside a virtual or real SLURM job and what the gatherers read back. Written atomically, so a
 * task killed mid-write leaves no torn file, and stamped with the sweep's name so results of
 * two sweeps in one folder are never mixed.
 */
public final class TaskResultFile {

    public static final String FORMAT = "pilab-task-result";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskResultFile() {
    }

    public static Path path(Path dir, int task) {
        return dir.resolve(String.format("task-%06d.json", task));
    }

    public static void write(Path dir, String sweep, VariantResult r) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("sweep", sweep);
        root.put("task", r.task());
        ObjectNode params = root.putObject("params");
        r.params().forEach(params::set);
        root.put("sharpe", r.sharpe());
        root.put("cagr", r.cagr());
        root.put("max_drawdown", r.maxDrawdown());
        root.put("final_equity", r.finalEquity());
        ArrayNode returns = root.putArray("daily_returns");
        for (double x : r.dailyReturns()) {
            returns.add(x);
        }
        AtomicFiles.writeString(path(dir, r.task()), JSON.writeValueAsString(root) + "\n");
    }

    /** What a folder of task results holds for one sweep. */
    public record Gathered(List<VariantResult> results, List<String> problems) {
        public Gathered {
            results = List.copyOf(results);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads every {@code task-*.json} in {@code dir} that belongs to {@code sweep}. Unreadable
     * files are reported, not fatal: the finished tasks of a half-finished array still count.
     */
    public static Gathered gather(Path dir, String sweep) throws IOException {
        List<VariantResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such results folder");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "task-*.json")) {
            ds.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        for (Path f : files) {
            try {
                JsonNode root = JSON.readTree(f.toFile());
                if (!FORMAT.equals(root.path("format").asText())) {
                    problems.add(f + ": not a pilab task result; skipped");
                    continue;
                }
                if (!sweep.equals(root.path("sweep").asText())) {
                    problems.add(f + ": belongs to sweep " + root.path("sweep").asText() + "; skipped");
                    continue;
                }
                results.add(read(root));
            } catch (IOException | RuntimeException e) {
                problems.add(f + ": unreadable (" + e.getMessage() + "); rerun that task");
            }
        }
        return new Gathered(results, problems);
    }

    private static VariantResult read(JsonNode root) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        root.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue()));
        JsonNode returns = root.get("daily_returns");
        double[] r = new double[returns.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = returns.get(i).asDouble();
        }
        return new VariantResult(root.get("task").asInt(), params, number(root, "sharpe"), number(root, "cagr"),
                number(root, "max_drawdown"), number(root, "final_equity"), r);
    }

    /** NaN is written as JSON null by some writers; read it back as NaN. */
    private static double number(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        return n.isNull() ? Double.NaN : n.asDouble();
    }
}
