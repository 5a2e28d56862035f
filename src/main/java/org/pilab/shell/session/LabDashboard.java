package org.pilab.shell.session;

import java.util.ArrayList;
import java.util.List;

import org.pilab.hardware.ThermalModel;
import org.pilab.node.Host;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.Node;
import org.pilab.slurm.ctl.SlurmTimes;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.lab.Lab;
import org.pilab.tui.dashboard.ClusterTotals;
import org.pilab.tui.dashboard.DashboardSnapshot;
import org.pilab.tui.dashboard.DashboardSource;
import org.pilab.tui.dashboard.GanttBar;
import org.pilab.tui.dashboard.GanttChart;
import org.pilab.tui.dashboard.GanttLane;
import org.pilab.tui.dashboard.NodeStatus;
import org.pilab.tui.dashboard.QueueRow;
import org.pilab.tui.dashboard.ThrottleFlags;

/**
 * The dashboard's picture of the lab: nodes from the running controller with each board's
 * thermal model (temperature, clock, power), squeue's rows, and a Gantt chart of the last hour
 * from the job history. Without a running slurmctld the node table is empty. Each snapshot may
 * first let the virtual clock run by {@code stepMillis} ({@code pilab top}'s demo); inside the
 * shell the step is 0 and the shell's own clock moves the lab.
 */
public final class LabDashboard implements DashboardSource {

    private static final long WINDOW_SECONDS = 3600;
    /** The switch's draw, added to the boards' (a small 8-port gigabit switch). */
    private static final double SWITCH_W = 4.0;

    private final Lab lab;
    private final long stepMillis;

    public LabDashboard(Lab lab, long stepMillis) {
        this.lab = lab;
        this.stepMillis = stepMillis;
    }

    @Override
    public DashboardSnapshot snapshot() {
        if (stepMillis > 0) {
            lab.advance(stepMillis);
        } else {
            lab.slurm().sync();
        }
        String time = SlurmTimes.date(Math.floorDiv(lab.network().nowMillis(), 1000));
        Controller c = lab.controller().orElse(null);
        if (c == null) {
            return new DashboardSnapshot(time, "(slurmctld not running)", List.of(), List.of(),
                    new GanttChart(0, 1, List.of()), new ClusterTotals(0, 0, 0, 0));
        }
        List<NodeStatus> nodes = new ArrayList<>();
        double power = SWITCH_W;
        int alloc = 0;
        int total = 0;
        for (Node n : c.nodes()) {
            NodeStatus s = status(n);
            nodes.add(s);
            power += s.powerW();
            alloc += n.allocCpus();
            total += n.cpus();
        }
        List<QueueRow> queue = new ArrayList<>();
        c.runningJobs().forEach(j -> queue.add(row(c, j)));
        pendingRows(c, queue);
        ClusterTotals totals = new ClusterTotals(c.runningCount(), c.pendingCount(), power,
                total == 0 ? 0 : 100.0 * alloc / total);
        return new DashboardSnapshot(time, c.spec().clusterName(), nodes, queue, gantt(c), totals);
    }

    private NodeStatus status(Node n) {
        Host h = lab.slurm().hostOfNode(n.name()).orElse(null);
        ThermalModel m = h == null ? null : lab.thermals().model(h).orElse(null);
        double temp = m == null ? (h == null ? 0 : h.thermal().celsius()) : m.temperatureC();
        int mhz = m == null ? 0 : m.clockMhz();
        double busy = n.cpus() == 0 ? 0 : n.allocCpus() / (double) n.cpus();
        double watts = h == null || !h.isUp() ? 0 : m == null ? 0 : m.powerWatts();
        ThrottleFlags flags = m == null ? ThrottleFlags.none() : ThrottleFlags.fromGetThrottled(m.throttledBits());
        int memUsed = (int) Math.min(Integer.MAX_VALUE, n.allocMem());
        return new NodeStatus(n.name(), n.compactState(), n.allocCpus(), n.cpus(), busy * n.cpus(), memUsed,
                (int) n.realMemory(), temp, mhz, flags, watts);
    }

    /**
     * Pending rows as squeue prints them: the waiting tasks of one array share a row,
     * {@code 13_[4-15%4]}, whose reason is the first task's.
     */
    private static void pendingRows(Controller c, List<QueueRow> queue) {
        java.util.Map<Long, List<Job>> arrays = new java.util.LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Job j : c.pendingJobs()) {
            if (j.isArrayTask()) {
                if (!arrays.containsKey(j.arrayJobId())) {
                    order.add(j.arrayJobId());
                }
                arrays.computeIfAbsent(j.arrayJobId(), k -> new ArrayList<>()).add(j);
            } else {
                order.add(j);
            }
        }
        for (Object o : order) {
            if (o instanceof Job j) {
                queue.add(row(c, j));
                continue;
            }
            List<Job> tasks = arrays.get((Long) o);
            Job first = tasks.get(0);
            if (tasks.size() == 1) {
                queue.add(row(c, first));
                continue;
            }
            List<String> ids = tasks.stream().map(t -> Integer.toString(t.arrayTaskId())).toList();
            String range = HostList.compress(ids.stream().map(id -> "t" + id).toList()).replace("t", "");
            if (!range.startsWith("[")) {
                range = "[" + range + "]";
            }
            String limit = first.arrayMaxRunning() > 0 ? "%" + first.arrayMaxRunning() : "";
            String id = first.arrayJobId() + "_" + range.substring(0, range.length() - 1) + limit + "]";
            queue.add(new QueueRow(id, first.partition().name(), first.name(), first.user(), "PD", "0:00",
                    Math.max(1, first.requestedNodes()), "(" + first.reason().text() + ")"));
        }
    }

    private static QueueRow row(Controller c, Job j) {
        boolean running = j.state() == JobState.RUNNING;
        long elapsed = running ? c.now() - j.startTime() : 0;
        String where = running ? HostList.compress(c.nodeNames(j)) : "(" + j.reason().text() + ")";
        int nodes = running ? c.nodeNames(j).size() : Math.max(1, j.requestedNodes());
        return new QueueRow(j.displayId(), j.partition().name(), j.name(), j.user(), j.state().compact(),
                SlurmTimes.compact(elapsed), nodes, where);
    }

    private static GanttChart gantt(Controller c) {
        long now = c.now();
        long from = now - WINDOW_SECONDS;
        List<GanttLane> lanes = new ArrayList<>();
        for (Node n : c.nodes()) {
            List<GanttBar> bars = new ArrayList<>();
            for (Job j : c.jobs()) {
                boolean started = j.state() == JobState.RUNNING || (j.state().finished() && j.startTime() > 0);
                if (!started || !c.nodeNames(j).contains(n.name())) {
                    continue;
                }
                if (j.state() == JobState.RUNNING) {
                    bars.add(GanttBar.running(j.displayId(), Math.max(from, j.startTime())));
                } else if (j.endTime() >= from) {
                    bars.add(GanttBar.finished(j.displayId(), Math.max(from, j.startTime()), j.endTime()));
                }
            }
            lanes.add(new GanttLane(n.name(), bars));
        }
        return new GanttChart(from, now, lanes);
    }
}
