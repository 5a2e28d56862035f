package org.pilab.jobs.spec;

import java.util.Objects;
import org.pilab.engine.BacktestConfig;

/**
 * A spec file read and checked: the engine's request and where its price files are.
 *
 * @param config  the engine's request
 * @param dataDir the resolved location of the {@code SYMBOL.csv} price files
 */
public record BacktestSpec(BacktestConfig config, DataLocation dataDir) {

    public BacktestSpec {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dataDir, "dataDir");
    }
}
