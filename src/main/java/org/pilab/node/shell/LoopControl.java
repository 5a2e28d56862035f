package org.pilab.node.shell;

/**
 * A shell's {@code break} / {@code continue} state: how many loops it is inside, and how many
 * of them a {@code break N} / {@code continue N} still has to leave. Lists stop running while
 * a request is pending; each loop settles it after its body with {@link #leaveLoop()}.
 */
final class LoopControl {

    private int depth;
    private int pending;
    private boolean continuing;

    void enter() {
        depth++;
    }

    void exit() {
        depth--;
    }

    int depth() {
        return depth;
    }

    /** {@code break N}: leave N loops (at most the ones the shell is in). */
    void requestBreak(int levels) {
        pending = Math.min(levels, depth);
        continuing = false;
    }

    /** {@code continue N}: leave N - 1 loops, then start the next round of the Nth. */
    void requestContinue(int levels) {
        pending = Math.min(levels, depth);
        continuing = true;
    }

    /** Whether a break or continue is on its way out, so the rest of a list must not run. */
    boolean interrupted() {
        return pending > 0;
    }

    /**
     * Called by a loop after its body or condition: whether the loop ends now. A continue
     * aimed at this loop is used up here and the loop goes on.
     */
    boolean leaveLoop() {
        if (pending == 0) {
            return false;
        }
        if (pending == 1 && continuing) {
            pending = 0;
            continuing = false;
            return false;
        }
        pending--;
        if (pending == 0) {
            continuing = false;
        }
        return true;
    }
}
