package org.pilab.tui.dashboard;

import java.time.Duration;
import java.util.Objects;

/**
 * What the user has chosen to look at: paused or live, the refresh speed, the focused panel and
 * how far each panel is scrolled. Immutable; every key makes a new one.
 *
 * @param paused whether refreshes are stopped
 * @param refreshInterval the time between refreshes
 * @param focus the panel the scroll keys move
 * @param queueOffset the first queue row shown
 * @param nodeOffset the first node shown (nodes and Gantt lanes scroll together)
 */
public record DashboardView(boolean paused, Duration refreshInterval, Focus focus, int queueOffset,
        int nodeOffset) {

    public DashboardView {
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(focus, "focus");
        if (queueOffset < 0 || nodeOffset < 0) {
            throw new IllegalArgumentException("scroll offsets cannot be negative");
        }
    }

    public static DashboardView initial(Duration refreshInterval) {
        return new DashboardView(false, refreshInterval, Focus.QUEUE, 0, 0);
    }

    public DashboardView togglePaused() {
        return new DashboardView(!paused, refreshInterval, focus, queueOffset, nodeOffset);
    }

    public DashboardView toggleFocus() {
        Focus next = focus == Focus.QUEUE ? Focus.NODES : Focus.QUEUE;
        return new DashboardView(paused, refreshInterval, next, queueOffset, nodeOffset);
    }

    /** The next shorter step of {@link Controls#REFRESH_STEPS}, or the same at the fastest. */
    public DashboardView faster() {
        Duration next = Controls.REFRESH_STEPS.get(0);
        for (Duration step : Controls.REFRESH_STEPS) {
            if (step.compareTo(refreshInterval) < 0) {
                next = step;
            }
        }
        return withInterval(next);
    }

    /** The next longer step of {@link Controls#REFRESH_STEPS}, or the same at the slowest. */
    public DashboardView slower() {
        Duration next = Controls.REFRESH_STEPS.get(Controls.REFRESH_STEPS.size() - 1);
        for (int i = Controls.REFRESH_STEPS.size() - 1; i >= 0; i--) {
            Duration step = Controls.REFRESH_STEPS.get(i);
            if (step.compareTo(refreshInterval) > 0) {
                next = step;
            }
        }
        return withInterval(next);
    }

    private DashboardView withInterval(Duration interval) {
        return new DashboardView(paused, interval, focus, queueOffset, nodeOffset);
    }

    /**
     * Scrolls the focused panel, kept within its rows.
     *
     * @param delta rows to move (negative: up)
     * @param maxQueueOffset the largest useful queue offset on this screen
     * @param maxNodeOffset the largest useful node offset on this screen
     */
    public DashboardView scroll(int delta, int maxQueueOffset, int maxNodeOffset) {
        if (focus == Focus.QUEUE) {
            int offset = clamp(queueOffset + delta, maxQueueOffset);
            return new DashboardView(paused, refreshInterval, focus, offset, nodeOffset);
        }
        int offset = clamp(nodeOffset + delta, maxNodeOffset);
        return new DashboardView(paused, refreshInterval, focus, queueOffset, offset);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(Math.max(0, max), value));
    }
}
