package org.pilab.tui.dashboard;

/**
 * The cluster-wide figures in the header.
 *
 * @param runningJobs jobs in state R
 * @param pendingJobs jobs in state PD (array tasks counted one by one)
 * @param powerW the whole cluster's draw, watts (boards plus switch, as the caller models it)
 * @param utilisationPercent allocated CPUs over all CPUs, 0 to 100
 */
public record ClusterTotals(int runningJobs, int pendingJobs, double powerW, double utilisationPercent) {
}
