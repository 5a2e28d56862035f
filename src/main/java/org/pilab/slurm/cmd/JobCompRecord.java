package org.pilab.slurm.cmd;

import java.util.Map;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * The line jobcomp/filetxt appends to JobCompLoc when a job ends, as SLURM 22.05 writes it
 * (recorded on the testbed, src/test/resources/testbed/jobcomp): space-separated Key=value
 * pairs ending in a space, raw job ids, {@code UserId=root(0)}, {@code TimeLimit} in minutes,
 * {@code Cluster=unknown} (the plugin does not look up ClusterName), and for array tasks
 * {@code ArrayJobId}/{@code ArrayTaskId} before the exit codes.
 */
public final class JobCompRecord {

    /** The plugin that writes these lines. */
    public static final String FILETXT = "jobcomp/filetxt";

    private JobCompRecord() {
    }

    /** JobCompType from the cluster's slurm.conf ("" when unset: jobcomp/none). */
    public static String type(Controller c) {
        return setting(c.spec().rawSettings(), "JobCompType");
    }

    /** JobCompLoc from the cluster's slurm.conf ("" when unset). */
    public static String location(Controller c) {
        return setting(c.spec().rawSettings(), "JobCompLoc");
    }

    /** Whether finished jobs go to a text file: JobCompType=jobcomp/filetxt with a JobCompLoc. */
    public static boolean fileText(Controller c) {
        return type(c).equalsIgnoreCase(FILETXT) && !location(c).isEmpty();
    }

    private static String setting(Map<String, String> raw, String key) {
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue().trim();
            }
        }
        return "";
    }

    /** The record of one finished job, newline included. */
    public static String line(Controller c, Job j) {
        boolean ran = j.allocNodeCount() > 0 && !c.nodeNames(j).isEmpty();
        // A job cancelled before it ran gets its cancel time as start (testbed: job 8, held).
        long start = j.startTime() > 0 ? j.startTime() : j.endTime();
        StringBuilder s = new StringBuilder();
        // Groups are not modelled: a user's primary group has the user's name and id, as
        // Debian's adduser makes it for pi and root.
        String who = j.user() + "(" + j.uid() + ")";
        s.append("JobId=").append(j.id()).append(" UserId=").append(who).append(" GroupId=").append(who)
                .append(" Name=").append(j.name()).append(" JobState=").append(j.state().name())
                .append(" Partition=").append(j.partition().name())
                .append(" TimeLimit=").append(j.timeLimitMinutes() == SlurmTimes.INFINITE ? "UNLIMITED"
                        : Long.toString(j.timeLimitMinutes()))
                .append(" StartTime=").append(SlurmTimes.date(start))
                .append(" EndTime=").append(SlurmTimes.date(j.endTime()))
                .append(" NodeList=").append(ran ? JobText.nodeList(c, j) : "(null)")
                .append(" NodeCnt=").append(ran ? j.allocNodeCount() : 0)
                .append(" ProcCnt=").append(ran ? j.allocCpus() : 0)
                .append(" WorkDir=").append(j.workDir())
                .append(" ReservationName= Tres=").append(tres(c, j, ran))
                .append(" Account=").append(JobText.account(c, j))
                .append(" QOS= WcKey= Cluster=unknown")
                .append(" SubmitTime=").append(SlurmTimes.date(j.submitTime()))
                .append(" EligibleTime=").append(j.eligibleTime() > 0 ? SlurmTimes.date(j.eligibleTime()) : "unknown");
        if (j.isArrayTask()) {
            s.append(" ArrayJobId=").append(j.arrayJobId()).append(" ArrayTaskId=").append(j.arrayTaskId());
        }
        // slurmctld records a cancelled job's own exit code (0:0), not the signal its step got.
        String exit = j.state() == JobState.CANCELLED ? "0:0" : JobText.exitCode(j);
        s.append(" DerivedExitCode=0:0 ExitCode=").append(exit).append(" \n");
        return s.toString();
    }

    /** The job's TRES: what it was given, or for a job that never ran what it asked for. */
    private static String tres(Controller c, Job j, boolean ran) {
        int cpus = ran ? j.allocCpus() : j.requestedCpus();
        int nodes = ran ? j.allocNodeCount() : Math.max(1, j.requestedNodes());
        long mem = 0;
        if (ran) {
            for (long m : c.memPerNode(j)) {
                mem += m;
            }
        } else if (j.memPerNodeMb() >= 0) {
            mem = j.memPerNodeMb() * nodes;
        } else {
            mem = (j.memPerCpuMb() > 0 ? j.memPerCpuMb() : c.settings().defMemPerCpu()) * cpus;
        }
        return "cpu=" + cpus + (mem > 0 ? ",mem=" + Scontrol.mem(mem) : "") + ",node=" + nodes + ",billing=" + cpus;
    }
}
