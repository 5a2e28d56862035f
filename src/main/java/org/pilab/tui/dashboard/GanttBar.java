package org.pilab.tui.dashboard;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One job's stay on one node.
 *
 * @param jobId the label to show when it fits
 * @param startSecond when it started, in the window's seconds
 * @param endSecond when it ended; empty while it still runs
 */
public record GanttBar(String jobId, long startSecond, OptionalLong endSecond) {

    public GanttBar {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(endSecond, "endSecond");
        if (endSecond.isPresent() && endSecond.getAsLong() < startSecond) {
            throw new IllegalArgumentException("job " + jobId + " ends (" + endSecond.getAsLong()
                    + ") before it starts (" + startSecond + ")");
        }
    }

    public static GanttBar finished(String jobId, long startSecond, long endSecond) {
        return new GanttBar(jobId, startSecond, OptionalLong.of(endSecond));
    }

    public static GanttBar running(String jobId, long startSecond) {
        return new GanttBar(jobId, startSecond, OptionalLong.empty());
    }

    public boolean isRunning() {
        return endSecond.isEmpty();
    }
}
