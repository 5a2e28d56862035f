package org.pilab.lessons.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.pilab.jobs.spec.JsonErrorText;

/**
 * The progress file, {@code ~/.pilab/progress.json} (or {@code $PILAB_HOME/progress.json}).
 * Saves are atomic (temp file + rename). A corrupt file is moved aside, never silently discarded;
 * a file written by a newer pilab is refused and left untouched.
 */
public final class ProgressStore {

    /** What loading found. {@code message} tells the learner what happened to a bad file. */
    public record Loaded(Progress progress, Optional<String> message) {
    }

    private final Path file;
    private boolean readOnly;
    private String readOnlyReason = "";

    public ProgressStore(Path file) {
        this.file = file;
    }

    /** The default location: {@code $PILAB_HOME/progress.json}, else {@code ~/.pilab/progress.json}. */
    public static ProgressStore atDefaultLocation(Map<String, String> env, String userHome) {
        String home = env.get("PILAB_HOME");
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".pilab");
        return new ProgressStore(dir.resolve("progress.json"));
    }

    public Path file() {
        return file;
    }

    /** True when the file came from a newer pilab: saving would destroy it, so saves are refused. */
    public boolean readOnly() {
        return readOnly;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Progress.EMPTY, Optional.empty());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return moveAside("cannot be read (" + e.getMessage() + ")");
        }
        JsonNode root;
        try {
            root = ProgressJson.tree(text);
        } catch (JsonProcessingException e) {
            return moveAside(JsonErrorText.where(e), "is not valid JSON (" + JsonErrorText.problem(e) + ")");
        } catch (IOException e) {
            return moveAside("is not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        int version = ProgressJson.version(root);
        if (version > ProgressJson.VERSION) {
            readOnly = true;
            readOnlyReason = file + " was written by a newer pilab (progress format " + version + ", this pilab reads "
                    + ProgressJson.VERSION + "): update pilab. Your progress there is kept as it is; this session's"
                    + " progress will not be saved.";
            return new Loaded(Progress.EMPTY, Optional.of(readOnlyReason));
        }
        if (version < 1) {
            return moveAside("has no valid \"version\"");
        }
        try {
            return new Loaded(ProgressJson.read(root), Optional.empty());
        } catch (IOException e) {
            return moveAside("does not have the expected shape (" + e.getMessage() + ")");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private Loaded moveAside(String what) {
        return moveAside("", what);
    }

    /** @param where {@code :LINE:COL} of the problem, or empty */
    private Loaded moveAside(String where, String what) {
        Path aside = null;
        for (int n = 1; aside == null; n++) {
            Path candidate = file.resolveSibling(file.getFileName() + ".corrupt-" + n);
            if (!Files.exists(candidate)) {
                aside = candidate;
            }
        }
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            readOnly = true;
            readOnlyReason = file + where + " " + what + " and could not be moved aside (" + e.getMessage()
                    + "): move it yourself; progress will not be saved until then.";
            return new Loaded(Progress.EMPTY, Optional.of(readOnlyReason));
        }
        return new Loaded(Progress.EMPTY, Optional.of(file + where + " " + what + ": it was moved to " + aside.getFileName()
                + " and a fresh progress starts (to keep the old one, repair " + aside.getFileName()
                + " and rename it back to " + file.getFileName() + " while pilab is not running)."));
    }

    /** Writes the progress atomically. */
    public void save(Progress progress) {
        if (readOnly) {
            throw new IllegalStateException("progress not saved: " + readOnlyReason);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".progress-", ".tmp");
            try {
                Files.writeString(tmp, ProgressJson.write(progress), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save progress to " + file + ": " + e.getMessage(), e);
        }
    }
}
