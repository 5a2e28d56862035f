package org.pilab.slurm.cmd;

import java.util.List;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.SlurmTimes;

/** Values of a job shared by squeue, scontrol and sacct. */
final class JobText {

    private JobText() {
    }

    static long elapsed(Controller c, Job j) {
        if (j.startTime() == 0 || j.state() == JobState.PENDING) {
            return 0;
        }
        long end = j.state().finished() ? j.endTime() : c.now();
        return Math.max(0, end - j.startTime());
    }

    static String nodeList(Controller c, Job j) {
        return org.pilab.slurm.hostlist.HostList.compress(c.nodeNames(j));
    }

    /**
     * The job's account: -A, else, with slurmdbd accounting, root's own account {@code root}
     * (sacctmgr add cluster creates it, and the testbed shows Account=root for root's jobs);
     * "" when none (users' associations are not modelled).
     */
    static String account(Controller c, Job j) {
        if (!j.account().isEmpty()) {
            return j.account();
        }
        return j.uid() == 0 && c.settings().accountingEnabled() ? "root" : "";
    }

    /** squeue's %r: slurmctld's description when it set one, else the reason word. */
    static String reason(Job j) {
        return j.reasonDetail().isEmpty() ? j.reason().text() : j.reasonDetail();
    }

    /** squeue's %R: (Reason) for pending and failed/timed-out jobs, else the node list. */
    static String reasonOrNodes(Controller c, Job j) {
        JobState s = j.state();
        if (s == JobState.PENDING || s == JobState.TIMEOUT || s == JobState.FAILED
                || s == JobState.OUT_OF_MEMORY) {
            return "(" + reason(j) + ")";
        }
        return nodeList(c, j);
    }

    static String timeLimit(Job j) {
        return j.timeLimitMinutes() == SlurmTimes.INFINITE ? "UNLIMITED"
                : SlurmTimes.compact(j.timeLimitMinutes() * 60);
    }

    static String exitCode(Job j) {
        return j.exitCode() + ":" + j.exitSignal();
    }

    /** The memory request as squeue's %m / scontrol's MinMemoryNode shows it ({@code 3800M}). */
    static String minMemory(Controller c, Job j) {
        if (j.memPerNodeMb() >= 0) {
            return j.memPerNodeMb() + "M";
        }
        if (j.memPerCpuMb() > 0) {
            return j.memPerCpuMb() + "M";
        }
        if (c.settings().defMemPerCpu() > 0) {
            return c.settings().defMemPerCpu() + "M";
        }
        return "0";
    }

    static List<String> nodes(Controller c, Job j) {
        return c.nodeNames(j);
    }
}
