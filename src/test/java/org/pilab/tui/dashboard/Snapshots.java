package org.pilab.tui.dashboard;

import java.util.ArrayList;
import java.util.List;

/** Cluster pictures for the tests, written out by hand as a caller would fill them. */
final class Snapshots {

    private static final long NOW = 36_000;
    private static final long WINDOW = 1_800;

    private Snapshots() {
    }

    static NodeStatus idleNode(String name) {
        return new NodeStatus(name, "idle", 0, 4, 0.02, 180, 3800, 41.3, 600, ThrottleFlags.none(), 2.7);
    }

    /** Four Pi 4s, nothing queued, a few finished jobs in the window. */
    static DashboardSnapshot idle() {
        List<NodeStatus> nodes = List.of(idleNode("pi01"), idleNode("pi02"), idleNode("pi03"), idleNode("pi04"));
        GanttChart gantt = new GanttChart(NOW - WINDOW, NOW, List.of(
                new GanttLane("pi01", List.of(GanttBar.finished("11", NOW - 1700, NOW - 1300))),
                new GanttLane("pi02", List.of(GanttBar.finished("12", NOW - 1650, NOW - 900)))));
        return new DashboardSnapshot("2026-01-05T10:00:00", "pilab", nodes, List.of(), gantt,
                new ClusterTotals(0, 0, 10.8, 0));
    }

    /**
     * Busy: pi01 full, pi02 shared, pi03 hot and throttled (get_throttled 0x6), pi04 not
     * responding; jobs pending for resources, priority and the down node.
     */
    static DashboardSnapshot busy() {
        List<NodeStatus> nodes = List.of(
                new NodeStatus("pi01", "alloc", 4, 4, 3.97, 2900, 3800, 71.5, 1500,
                        ThrottleFlags.fromGetThrottled(0x8), 6.3),
                new NodeStatus("pi02", "mix", 2, 4, 2.01, 1400, 3800, 58.0, 1500, ThrottleFlags.none(), 4.6),
                new NodeStatus("pi03", "alloc", 4, 4, 4.02, 3100, 3800, 82.5, 1000,
                        ThrottleFlags.fromGetThrottled(0x6), 5.9),
                new NodeStatus("pi04", "down*", 0, 4, 0.00, 0, 3800, 0.0, 0, ThrottleFlags.none(), 0.0));
        List<QueueRow> queue = List.of(
                new QueueRow("42", "batch", "backtest", "pi", "R", "12:31", 1, "pi01"),
                new QueueRow("43", "batch", "sweep", "pi", "R", "8:02", 1, "pi03"),
                new QueueRow("44_1", "batch", "momentum", "alice", "R", "2:10", 1, "pi02"),
                new QueueRow("44_[2-31]", "batch", "momentum", "alice", "PD", "0:00", 1, "(Resources)"),
                new QueueRow("45", "batch", "sixty_forty_long", "bob", "PD", "0:00", 2, "(Priority)"),
                new QueueRow("46", "debug", "hello", "pi", "PD", "0:00", 1,
                        "(ReqNodeNotAvail, UnavailableNodes:pi04)"));
        GanttChart gantt = new GanttChart(NOW - WINDOW, NOW, List.of(
                new GanttLane("pi01", List.of(GanttBar.finished("38", NOW - 1790, NOW - 1200),
                        GanttBar.finished("40", NOW - 1150, NOW - 760), GanttBar.running("42", NOW - 751))),
                new GanttLane("pi02", List.of(GanttBar.finished("39", NOW - 1500, NOW - 1480),
                        GanttBar.running("44_1", NOW - 130))),
                new GanttLane("pi03", List.of(GanttBar.finished("41", NOW - 1300, NOW - 500),
                        GanttBar.running("43", NOW - 482))),
                new GanttLane("pi04", List.of(GanttBar.finished("37", NOW - 2400, NOW - 1600)))));
        return new DashboardSnapshot("2026-01-05T10:42:07", "pilab", nodes, queue, gantt,
                new ClusterTotals(3, 32, 16.8, 62.5));
    }

    /** Sixteen nodes and forty jobs: more than an 80x24 screen holds. */
    static DashboardSnapshot large() {
        List<NodeStatus> nodes = new ArrayList<>();
        List<GanttLane> lanes = new ArrayList<>();
        List<QueueRow> queue = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            String name = String.format("pi%02d", i);
            boolean busy = i % 3 != 0;
            nodes.add(busy
                    ? new NodeStatus(name, "alloc", 4, 4, 3.9, 2500, 3800, 60.0 + i, 1500, ThrottleFlags.none(), 6.1)
                    : idleNode(name));
            lanes.add(new GanttLane(name, busy
                    ? List.of(GanttBar.finished(Integer.toString(100 + i), NOW - 1600 + 20 * i, NOW - 900),
                            GanttBar.running(Integer.toString(200 + i), NOW - 600 + 10 * i))
                    : List.of()));
        }
        for (int j = 0; j < 40; j++) {
            int id = 200 + j + 1;
            boolean running = j < 11;
            queue.add(new QueueRow(Integer.toString(id), "batch", "job" + id, "pi", running ? "R" : "PD",
                    running ? "10:00" : "0:00", 1, running ? String.format("pi%02d", j + 1) : "(Resources)"));
        }
        return new DashboardSnapshot("2026-01-05T11:00:00", "bigrack", nodes, queue,
                new GanttChart(NOW - WINDOW, NOW, lanes), new ClusterTotals(11, 29, 80.2, 68.8));
    }
}
