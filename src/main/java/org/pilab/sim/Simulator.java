package org.pilab.sim;

import java.util.Objects;

/**
 * The discrete-event kernel: a virtual clock plus a queue of pending events. Nothing here reads
 * the wall clock; time moves only when an event fires or a run reaches its end time.
 *
 * <p>Not thread-safe: one simulation runs on one thread, which is what makes it replayable.</p>
 */
public final class Simulator {

    private final EventQueue queue = new EventQueue();
    private long now;
    private long nextSequence;
    private long firedCount;
    private boolean stopRequested;

    /** A simulator whose clock starts at 0 ms. */
    public Simulator() {
        this(0L);
    }

    public Simulator(long startMillis) {
        this.now = startMillis;
    }

    /** Current virtual time in milliseconds. */
    public long now() {
        return now;
    }

    public double nowSeconds() {
        return SimTime.toSeconds(now);
    }

    /** Events still waiting to fire. */
    public int pendingCount() {
        return queue.size();
    }

    /** Events fired since the simulator was created. */
    public long firedCount() {
        return firedCount;
    }

    /** Time of the next pending event, or {@link Long#MAX_VALUE} when none is left. */
    public long nextEventTime() {
        SimEvent next = queue.peek();
        return next == null ? Long.MAX_VALUE : next.time;
    }

    /**
     * Schedules {@code action} at absolute time {@code atMillis}.
     *
     * @throws IllegalArgumentException if {@code atMillis} lies before {@link #now()}: an event
     *         in the past would make effects precede causes
     */
    public SimEvent schedule(long atMillis, int priority, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (atMillis < now) {
            throw new IllegalArgumentException("cannot schedule an event at t=" + atMillis
                    + " ms: the clock is already at t=" + now + " ms (events may not be"
                    + " scheduled in the past)");
        }
        SimEvent event = new SimEvent(atMillis, priority, nextSequence++, action);
        queue.add(event);
        return event;
    }

    public SimEvent schedule(long atMillis, Runnable action) {
        return schedule(atMillis, SimEvent.PRIORITY_NORMAL, action);
    }

    /** Schedules {@code action} {@code delayMillis} after now. */
    public SimEvent scheduleIn(long delayMillis, int priority, Runnable action) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay must be >= 0 ms, got " + delayMillis
                    + " ms at t=" + now + " ms");
        }
        return schedule(Math.addExact(now, delayMillis), priority, action);
    }

    public SimEvent scheduleIn(long delayMillis, Runnable action) {
        return scheduleIn(delayMillis, SimEvent.PRIORITY_NORMAL, action);
    }

    /**
     * Cancels a pending event. Returns false if it already fired or was cancelled before, so a
     * caller racing a job's end against its time limit needs no extra bookkeeping.
     */
    public boolean cancel(SimEvent event) {
        Objects.requireNonNull(event, "event");
        if (!queue.remove(event)) {
            return false;
        }
        event.markCancelled();
        return true;
    }

    /** Fires the next event, advancing the clock to it. Returns false if the queue was empty. */
    public boolean step() {
        SimEvent event = queue.poll();
        if (event == null) {
            return false;
        }
        fire(event);
        return true;
    }

    /**
     * Fires every event with time {@code <= endMillis}, then leaves the clock at
     * {@code endMillis} (unless {@link #stop()} was called, which leaves it at the stopping
     * event). Events scheduled during the run at or before {@code endMillis} fire too.
     */
    public void runUntil(long endMillis) {
        if (endMillis < now) {
            throw new IllegalArgumentException("cannot run until t=" + endMillis
                    + " ms: the clock is already at t=" + now + " ms");
        }
        stopRequested = false;
        while (!stopRequested) {
            SimEvent next = queue.peek();
            if (next == null || next.time > endMillis) {
                now = endMillis;
                return;
            }
            queue.poll();
            fire(next);
        }
    }

    /** Fires events until none is left (or {@link #stop()} is called). */
    public void runUntilEmpty() {
        stopRequested = false;
        while (!stopRequested && step()) {
            // each step fires one event
        }
    }

    /** Asks the current run loop to return after the event now firing. */
    public void stop() {
        stopRequested = true;
    }

    /** Drops every pending event without firing it; the clock stays where it is. */
    public void clear() {
        queue.clear();
    }

    private void fire(SimEvent event) {
        now = event.time;
        event.markFired();
        firedCount++;
        event.action.run();
    }
}
