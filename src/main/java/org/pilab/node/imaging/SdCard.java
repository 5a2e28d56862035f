package org.pilab.node.imaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pilab.node.OsRelease;

/**
 * A microSD card holding an OS image. Its boot partition's files (config.txt, cmdline.txt,
 * custom.toml, user-data, ssh, userconf.txt, ...) are plain text the learner can inspect and
 * edit before the first boot. First boot consumes some of them, as the real images do.
 */
public final class SdCard {

    private final OsRelease os;
    private final Map<String, String> bootFiles = new LinkedHashMap<>();
    private boolean firstBootPending = true;

    public SdCard(OsRelease os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    public OsRelease os() {
        return os;
    }

    public Map<String, String> bootFiles() {
        return Collections.unmodifiableMap(bootFiles);
    }

    public Optional<String> bootFile(String name) {
        return Optional.ofNullable(bootFiles.get(name));
    }

    public void putBootFile(String name, String content) {
        bootFiles.put(name, content);
    }

    public void removeBootFile(String name) {
        bootFiles.remove(name);
    }

    /** Whether the next boot is this card's first (the system is created from the image then). */
    public boolean firstBootPending() {
        return firstBootPending;
    }

    void firstBootDone() {
        firstBootPending = false;
    }
}
