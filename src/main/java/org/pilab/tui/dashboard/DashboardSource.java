package org.pilab.tui.dashboard;

/**
 * Where the dashboard's pictures come from. The caller decides what a refresh means: a virtual
 * cluster typically advances its simulation by one step before building the snapshot, a real
 * cluster runs squeue/sinfo. The dashboard calls this once per refresh and never while paused.
 */
@FunctionalInterface
public interface DashboardSource {

    DashboardSnapshot snapshot();
}
