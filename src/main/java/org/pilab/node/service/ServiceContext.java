package org.pilab.node.service;

import org.pilab.node.Host;

/**
 * What a behaviour sees while its unit starts or stops: the host, the unit, the main pid, and
 * a way to write the daemon's journal lines (as {@code processName[pid]}).
 */
public record ServiceContext(Host host, UnitFile unit, int pid) {

    /** A line from the daemon itself, e.g. {@code munged[812]: Starting munge-0.5.15}. */
    public void log(String message) {
        host.journal().log(unit.name(), unit.processName(), pid, message);
    }
}
