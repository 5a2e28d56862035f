package org.pilab.realcluster.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pilab.jobs.output.AtomicFiles;

/**
 * The small state file of submissions ({@code submissions.json}), rewritten atomically on each
 * submission. Job ids are only unique per cluster and restart on a fresh testbed, so a lookup
 * takes the latest submission with that id.
 */
public final class SubmissionStore {

    public static final String FORMAT = "pilab-cluster-submissions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SubmissionStore(Path file) {
        this.file = file;
    }

    /**
     * The default place: $PILAB_STATE_DIR, else $XDG_STATE_HOME/pilab, else ~/.local/state/pilab.
     */
    public static Path defaultFile(java.util.Map<String, String> env, Path home) {
        String dir = env.get("PILAB_STATE_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir, "submissions.json");
        }
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/state");
        return base.resolve("pilab").resolve("submissions.json");
    }

    public Path file() {
        return file;
    }

    public List<Submission> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalStateException(file + " is not a pilab submissions file; move it aside");
            }
            List<Submission> out = new ArrayList<>();
            for (JsonNode n : root.path("submissions")) {
                out.add(new Submission(n.path("job_id").asText(), n.path("via").asText(), n.path("spec").asText(),
                        n.path("fingerprint").asText(), n.path("tasks").asInt(), n.path("run_dir").asText(),
                        n.path("submitted").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<Submission> find(String jobId) {
        Submission found = null;
        for (Submission s : all()) {
            if (s.jobId().equals(jobId)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Submission> latest() {
        List<Submission> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public synchronized void add(Submission s) {
        List<Submission> all = new ArrayList<>(all());
        all.add(s);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode list = root.putArray("submissions");
        for (Submission x : all) {
            list.add(toJson(x));
        }
        try {
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode toJson(Submission s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("job_id", s.jobId());
        n.put("via", s.via());
        n.put("spec", s.spec());
        n.put("fingerprint", s.fingerprint());
        n.put("tasks", s.tasks());
        n.put("run_dir", s.runDir());
        n.put("results_dir", s.resultsDir());
        n.put("submitted", s.submitted());
        return n;
    }

    /** The record as one JSON document (also written into the run folder). */
    public static String toJsonText(Submission s) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(s)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
