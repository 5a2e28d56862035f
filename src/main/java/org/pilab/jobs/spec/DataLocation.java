package org.pilab.jobs.spec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a spec's {@code SYMBOL.csv} files live: a directory on disk, or a folder of the
 * datasets bundled in the jar (so a Pi with only the jar can run the shipped examples).
 */
public sealed interface DataLocation {

    /** Shown in messages and reports. */
    String describe();

    /** A directory on disk (absolute). */
    record Directory(Path dir) implements DataLocation {
        public Directory {
            dir = dir.toAbsolutePath().normalize();
        }

        @Override
        public String describe() {
            return dir.toString();
        }
    }

    /**
     * A folder of classpath resources, e.g. {@code /datasets/market}.
     *
     * @param root absolute resource path without a trailing slash
     */
    record Bundled(String root) implements DataLocation {
        public Bundled {
            Objects.requireNonNull(root, "root");
            if (!root.startsWith("/") || root.endsWith("/")) {
                throw new IllegalArgumentException("resource root must start with / and not end with /: " + root);
            }
        }

        @Override
        public String describe() {
            return "bundled " + root.substring(1);
        }
    }
}
