package org.pilab.tui.dashboard;

import java.util.List;

/**
 * Who ran where over a window of virtual time, ending now. Seconds are on any scale the caller
 * likes (seconds since the simulation started, epoch seconds) as long as bars use the same one.
 *
 * @param windowStartSecond the left edge
 * @param nowSecond the right edge: the current virtual time
 * @param lanes one lane per node
 */
public record GanttChart(long windowStartSecond, long nowSecond, List<GanttLane> lanes) {

    public GanttChart {
        if (nowSecond <= windowStartSecond) {
            throw new IllegalArgumentException("the Gantt window must end (" + nowSecond
                    + ") after it starts (" + windowStartSecond + ")");
        }
        lanes = List.copyOf(lanes);
    }

    public long windowSeconds() {
        return nowSecond - windowStartSecond;
    }
}
