package org.pilab.node.service;

/**
 * What a {@link ServiceBehaviour} decides when its unit starts.
 *
 * @param runs            whether the daemon comes up and stays up
 * @param exitStatus      its exit status when it does not
 * @param exitAfterMillis for a Type=simple daemon that dies: how long it lives first
 */
public record StartDecision(boolean runs, int exitStatus, long exitAfterMillis) {

    /** The daemon starts and keeps running. */
    public static StartDecision running() {
        return new StartDecision(true, 0, 0);
    }

    /** The daemon exits with {@code status} (after ~50 ms for Type=simple). */
    public static StartDecision exits(int status) {
        return new StartDecision(false, status, 50);
    }

    public static StartDecision exitsAfter(int status, long millis) {
        return new StartDecision(false, status, millis);
    }
}
