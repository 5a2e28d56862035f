package org.pilab.node.shell;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The programs the interpreter knows, by name. A program with a binary path exists on a host
 * only while that file exists there (so {@code munge} is "command not found" until the munge
 * package installs /usr/bin/munge); a program without a path is always available (lesson
 * commands, {@code pilab-imager}).
 *
 * <p>Higher layers register their own tools: {@code register("sinfo", "/usr/bin/sinfo", cmd)}.
 * A later registration replaces an earlier one, so a layer can refine a built-in.</p>
 */
public final class CommandRegistry {

    /** A registered program. {@code binaryPath} is null for always-available commands. */
    public record Entry(String name, String binaryPath, Command command) {
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    public CommandRegistry register(String name, String binaryPath, Command command) {
        Objects.requireNonNull(command, "command");
        if (binaryPath != null && !binaryPath.endsWith("/" + name)) {
            throw new IllegalArgumentException("binary path " + binaryPath + " does not end in /" + name);
        }
        entries.put(name, new Entry(name, binaryPath, command));
        return this;
    }

    /** A command available on every host regardless of installed packages. */
    public CommandRegistry registerAlwaysAvailable(String name, Command command) {
        entries.put(name, new Entry(name, null, Objects.requireNonNull(command, "command")));
        return this;
    }

    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The entry whose binary lives at {@code path} (for {@code /usr/sbin/slurmd -C}). */
    public Optional<Entry> byPath(String path) {
        return entries.values().stream().filter(e -> path.equals(e.binaryPath())).findFirst();
    }

    public Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }
}
