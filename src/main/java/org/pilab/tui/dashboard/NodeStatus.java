package org.pilab.tui.dashboard;

import java.util.Objects;

/**
 * One node's line on the dashboard.
 *
 * @param name the node name, e.g. "pi01"
 * @param state the state as sinfo's %t prints it, suffix included: "idle", "mix", "alloc",
 *     "down*", "drain", "drng", "comp", "unk" ...
 * @param cpusAllocated CPUs given to jobs (scontrol's CPUAlloc)
 * @param cpusTotal CPUs the node has (CPUTot)
 * @param load the one-minute load average (CPULoad)
 * @param memoryUsedMb memory in use, MB
 * @param memoryTotalMb RealMemory, MB
 * @param temperatureC SoC temperature (vcgencmd measure_temp)
 * @param clockMhz current ARM clock (vcgencmd measure_clock arm, in MHz)
 * @param throttled what vcgencmd get_throttled reports as happening now
 * @param powerW the board's power draw, watts
 */
public record NodeStatus(String name, String state, int cpusAllocated, int cpusTotal, double load,
        int memoryUsedMb, int memoryTotalMb, double temperatureC, int clockMhz,
        ThrottleFlags throttled, double powerW) {

    public NodeStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(throttled, "throttled");
        if (cpusAllocated < 0 || cpusTotal < 0 || cpusAllocated > cpusTotal) {
            throw new IllegalArgumentException("node " + name + ": CPUs allocated " + cpusAllocated
                    + " must lie between 0 and the node's " + cpusTotal + " CPUs");
        }
    }
}
