package org.pilab.node.service;

/**
 * A unit's current run state.
 *
 * @param state            ActiveState
 * @param subState         running, dead, failed, exited
 * @param sinceMillis      host wall time the state was entered
 * @param mainPid          main process id (0 when none ever ran)
 * @param exitStatus       last exit status of the main or control process
 * @param failedProcess    "main" or "control" (which process failed, for the status layout)
 * @param conditionFailedAt host time a start was skipped on a condition (0 if none)
 * @param cpuMillis        CPU time shown in status
 */
public record UnitRuntime(ActiveState state, String subState, long sinceMillis, int mainPid, int exitStatus,
                          String failedProcess, long conditionFailedAt, long cpuMillis) {

    public static UnitRuntime initial() {
        return new UnitRuntime(ActiveState.INACTIVE, "dead", 0, 0, 0, "", 0, 0);
    }

    public boolean isActive() {
        return state == ActiveState.ACTIVE;
    }
}
