package org.pilab.tui.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * The jobs one node ran in the window, in any order.
 *
 * @param node the node name, as in {@link NodeStatus#name()}
 * @param bars the jobs
 */
public record GanttLane(String node, List<GanttBar> bars) {

    public GanttLane {
        Objects.requireNonNull(node, "node");
        bars = List.copyOf(bars);
    }
}
