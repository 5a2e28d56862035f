package org.pilab.jobs.spec;

import java.nio.file.Path;
import java.util.Objects;
import org.pilab.engine.data.PriceSource;

/**
 * Where a spec's {@code SYMBOL.csv} files live: a directory on disk, or a folder of the
 * datasets bundled in the jar (so a Pi with only the jar can run the shipped examples).
 */
public sealed interface DataLocation {

    /** Shown in messages and reports. */
    String describe();

    /** Where the engine reads each symbol's CSV from. */
    PriceSource priceSource();

    /** A directory on disk (absolute). */
    record Directory(Path dir) implements DataLocation {
        public Directory {
            dir = dir.toAbsolutePath().normalize();
        }

        @Override
        public String describe() {
            return dir.toString();
        }

        @Override
        public PriceSource priceSource() {
            return PriceSource.directory(dir);
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

        @Override
        public PriceSource priceSource() {
            return new BundledPriceSource(root);
        }
    }
}
