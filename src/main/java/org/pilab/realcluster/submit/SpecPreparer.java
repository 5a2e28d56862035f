package org.pilab.realcluster.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pilab.jobs.spec.BacktestSpec;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.spec.DataLocation;
import org.pilab.jobs.sweep.GridAxis;
import org.pilab.jobs.sweep.SweepRunner;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.sweep.SweepSpecReader;

/**
 * Reads a backtest or sweep spec here, checks it fully before anything is submitted, and makes
 * it self-contained. The data must be where every node can read it: the datasets bundled in the
 * jar ({@code datasets/...}) or an absolute folder on the shared file system.
 */
public final class SpecPreparer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecPreparer() {
    }

    public static PreparedSpec prepare(Path specFile, String sharedDir) {
        JsonNode tree = BacktestSpecReader.parseFile(specFile);
        String name = stem(specFile);
        Optional<Path> specDir = Optional.ofNullable(specFile.toAbsolutePath().getParent());
        if (tree.has("grid")) {
            SweepSpec sweep = new SweepSpecReader().read(specFile, false);
            BacktestSpec first = new SweepRunner(new BacktestSpecReader(), specDir)
                    .prepare(sweep, List.of(0)).get(0).spec();
            checkData(specFile, sweep.base().path("data_dir").asText(BacktestSpecReader.DEFAULT_DATA_DIR),
                    first, sharedDir);
            String json = selfContained(sweep);
            SweepSpec reread = new SweepSpecReader().parse(json, specFile.toString(), specDir.orElse(null), true);
            if (!reread.fingerprint().equals(sweep.fingerprint())) {
                throw new IllegalStateException("the self-contained copy of " + specFile + " reads differently");
            }
            return new PreparedSpec(name, json, sweep.fingerprint(), Optional.of((int) sweep.size()));
        }
        BacktestSpec backtest = new BacktestSpecReader().read(specFile);
        checkData(specFile, tree.path("data_dir").asText(BacktestSpecReader.DEFAULT_DATA_DIR), backtest, sharedDir);
        return new PreparedSpec(name, pretty(tree), fingerprint(tree.toString()), Optional.empty());
    }

    private static void checkData(Path specFile, String dataDir, BacktestSpec spec, String sharedDir) {
        DataLocation where = spec.dataDir();
        if (where instanceof DataLocation.Bundled || isBundled(dataDir, spec.config().symbols())) {
            return;
        }
        String shared = sharedDir.endsWith("/") ? sharedDir : sharedDir + "/";
        if (Path.of(dataDir).isAbsolute() && dataDir.startsWith(shared)) {
            return;
        }
        throw new SubmitException(specFile + ": data_dir \"" + dataDir + "\" is " + where.describe()
                + " on this machine, which the nodes cannot read. Copy the folder onto the shared file system"
                + " (e.g. " + shared + "data/) and set data_dir to that absolute path, or use a dataset bundled"
                + " in pilab (data_dir \"datasets/market\" or \"datasets/sectors\").");
    }

    /**
     * A relative {@code datasets/...} folder that the jar carries: on a node (whose working
     * folder is the run folder) it resolves to the jar's copy, even where this machine has a
     * checkout with the same folder.
     */
    private static boolean isBundled(String dataDir, List<String> symbols) {
        String d = dataDir.replace('\\', '/').replaceAll("/+$", "");
        if (!d.startsWith("datasets/") || d.contains("..") || symbols.isEmpty()) {
            return false;
        }
        return symbols.stream().allMatch(s -> SpecPreparer.class.getResource("/" + d + "/" + s + ".csv") != null);
    }

    static String selfContained(SweepSpec sweep) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.set("base", sweep.base());
        ObjectNode grid = root.putObject("grid");
        for (GridAxis axis : sweep.axes()) {
            grid.putArray(axis.path()).addAll(axis.values());
        }
        return pretty(root);
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(String canonical) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String stem(Path specFile) {
        String n = specFile.getFileName().toString();
        if (n.endsWith(".json")) {
            n = n.substring(0, n.length() - 5);
        }
        String cleaned = n.replaceAll("[^A-Za-z0-9_.-]", "_");
        return cleaned.isEmpty() ? "job" : cleaned;
    }
}
