package org.pilab.slurm.cmd;

import java.util.List;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobRequest;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.OutputLine;
import org.pilab.slurm.ctl.SubmitException;

/**
 * srun outside a batch job: allocates, runs the command once per task (e.g. {@code srun -N3
 * hostname} prints three host names) and waits; the virtual clock moves on until it finishes.
 */
public final class Srun {

    /** srun gives up waiting after a virtual year rather than looping forever. */
    private static final long MAX_WAIT = 366L * 86400;

    private Srun() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        Getopt.Parsed p;
        JobRequest r;
        try {
            p = Getopt.parse("srun", args, JobOptions.OPTS, true);
            if (p.has("help") || p.has("usage")) {
                return CommandResult.ok("Usage: srun [OPTIONS(0)... [executable(0) [args(0)...]]] "
                        + "[ : [OPTIONS(N)...]] executable(N) [args(N)...]\n");
            }
            if (p.positional().isEmpty()) {
                return CommandResult.error("srun: fatal: No command given to execute.\n", 1);
            }
            String name = p.positional().get(0);
            r = new JobRequest().name(name.substring(name.lastIndexOf('/') + 1)).user(who.user(), who.uid())
                    .workDir(who.cwd()).submitHost(who.host()).interactive(true).command(String.join(" ", p.positional()))
                    .script("srun " + String.join(" ", p.positional().stream().map(Srun::quote).toList()));
            JobOptions.apply("srun", p, r, c.settings().maxArraySize(), c.now());
        } catch (UsageException e) {
            return e.result();
        }
        if (r.partition() != null && c.partition(r.partition()) == null) {
            return CommandResult.error("srun: error: invalid partition specified: " + r.partition() + "\n"
                    + "srun: error: Unable to allocate resources: Invalid partition name specified\n", 1);
        }
        long id;
        try {
            id = c.submit(r);
        } catch (SubmitException e) {
            return CommandResult.error("srun: error: Unable to allocate resources: " + e.getMessage() + "\n", 1);
        }
        Job job = c.job(id);
        StringBuilder err = new StringBuilder();
        if (job.state() == JobState.PENDING) {
            err.append("srun: job ").append(id).append(" queued and waiting for resources\n");
            long limit = c.now() + MAX_WAIT;
            while (job.state() == JobState.PENDING && c.now() < limit) {
                c.advanceTo(Math.min(limit, Math.max(c.now() + 1, Math.min(c.nextEventTime(), c.now() + 30))));
            }
            if (job.state() == JobState.PENDING) {
                return new CommandResult("", err + "srun: error: still waiting after a year; giving up\n", 1);
            }
            err.append("srun: job ").append(id).append(" has been allocated resources\n");
        }
        while (!job.state().finished()) {
            c.advanceTo(c.nextEventTime());
        }
        StringBuilder out = new StringBuilder();
        for (OutputLine l : c.output(job)) {
            if (job.state() == JobState.TIMEOUT && l.atSecond() >= job.endTime() - job.startTime()) {
                continue;
            }
            (l.stderr() ? err : out).append(l.text());
        }
        String node = c.nodeNames(job).isEmpty() ? "" : c.nodeNames(job).get(0);
        return switch (job.state()) {
            case COMPLETED -> new CommandResult(out.toString(), err.toString(), 0);
            case TIMEOUT -> new CommandResult(out.toString(), err + "srun: Job step aborted: Waiting up to 32 seconds "
                    + "for job step to finish.\nslurmstepd: error: *** STEP " + id + ".0 ON " + node
                    + " CANCELLED AT " + org.pilab.slurm.ctl.SlurmTimes.date(job.endTime())
                    + " DUE TO TIME LIMIT ***\nsrun: error: " + node + ": task 0: Terminated\n", 143);
            case CANCELLED -> new CommandResult(out.toString(), err + "srun: error: " + node
                    + ": task 0: Terminated\n", 143);
            default -> new CommandResult(out.toString(), err + "srun: error: " + node + ": task 0: Exited with exit code "
                    + job.exitCode() + "\n", job.exitCode() == 0 ? 1 : job.exitCode());
        };
    }

    private static String quote(String w) {
        return w.contains(" ") ? "'" + w + "'" : w;
    }
}
