package org.pilab.sim;

/**
 * One scheduled action. Events are totally ordered by (time, priority, sequence): earlier time
 * first; at equal times the higher priority first; at equal priority the one scheduled first.
 * The sequence number is the kernel's insertion counter, so a run replays identically.
 *
 * <p>The handle returned by {@link Simulator#schedule} is the event itself; keep it to cancel
 * the event. The fields are primitive so the heap compares without unboxing or allocation.</p>
 */
public final class SimEvent {

    /** Runs before other events at the same instant (e.g. a node failing before a job starts). */
    public static final int PRIORITY_HIGH = 10;
    public static final int PRIORITY_NORMAL = 0;
    /** Runs after other events at the same instant (e.g. a scheduling pass that sees them all). */
    public static final int PRIORITY_LOW = -10;

    final long time;
    final int priority;
    final long sequence;
    final Runnable action;
    /** Position in the heap array, or -1 once the event has left the queue. */
    int heapIndex = -1;
    private boolean cancelled;
    private boolean fired;

    SimEvent(long time, int priority, long sequence, Runnable action) {
        this.time = time;
        this.priority = priority;
        this.sequence = sequence;
        this.action = action;
    }

    public long time() {
        return time;
    }

    public int priority() {
        return priority;
    }

    public long sequence() {
        return sequence;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean hasFired() {
        return fired;
    }

    /** True while the event waits in the queue. */
    public boolean isPending() {
        return heapIndex >= 0;
    }

    void markCancelled() {
        cancelled = true;
    }

    void markFired() {
        fired = true;
    }

    /** Strict total order: negative when this event must run before {@code other}. */
    int compareTo(SimEvent other) {
        if (time != other.time) {
            return time < other.time ? -1 : 1;
        }
        if (priority != other.priority) {
            return priority > other.priority ? -1 : 1;
        }
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return "SimEvent[t=" + time + "ms, priority=" + priority + ", seq=" + sequence
                + (cancelled ? ", cancelled" : "") + (fired ? ", fired" : "") + "]";
    }
}
