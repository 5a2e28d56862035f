package org.pilab.realcluster.submit;

import java.util.Optional;

/**
 * A spec made ready for the cluster: self-contained JSON (a sweep's base file is inlined, so
 * the nodes need no other file), its kind and fingerprint, and for a sweep its task count.
 *
 * @param name a short name for the job and its run folder (the spec file's name)
 * @param tasks the number of array tasks; empty for a single backtest
 */
public record PreparedSpec(String name, String json, String fingerprint, Optional<Integer> tasks) {

    public boolean isSweep() {
        return tasks.isPresent();
    }
}
