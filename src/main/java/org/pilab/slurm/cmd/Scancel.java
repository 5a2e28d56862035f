package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;

/** scancel: by job id (arrays and task ranges too) and/or the filters -u -p -n -t; silent on success. */
public final class Scancel {

    private static final List<Getopt.Opt> OPTS = List.of(
            Getopt.arg("user", 'u'), Getopt.arg("partition", 'p'), Getopt.arg("name", 'n'),
            Getopt.arg("state", 't'), Getopt.flag("verbose", 'v'), Getopt.flag("quiet", 'Q'),
            Getopt.flag("interactive", 'i'), Getopt.flag("help", '\0'), Getopt.flag("usage", '\0'),
            Getopt.flag("version", 'V'), Getopt.flag("me", '\0'));

    private Scancel() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        Getopt.Parsed p;
        try {
            p = Getopt.parse("scancel", args, OPTS, false);
        } catch (UsageException e) {
            return e.result();
        }
        if (p.has("help") || p.has("usage")) {
            return CommandResult.ok("Usage: scancel [-A account] [--batch] [--interactive] [-n job_name]\n"
                    + "               [-p partition] [-Q] [-q qos] [-R reservation] [-s signal | integer]\n"
                    + "               [-t PENDING | RUNNING | SUSPENDED] [--usage] [-u user_name]\n"
                    + "               [--hurry] [-V] [-v] [-w hosts...] [--wckey=wckey] [job_id[_array_id][.step_id]]\n");
        }
        boolean filters = p.has("user") || p.has("partition") || p.has("name") || p.has("state") || p.has("me");
        if (p.positional().isEmpty() && !filters) {
            return CommandResult.error("scancel: error: No job identification provided\n", 1);
        }
        StringBuilder err = new StringBuilder();
        int rc = 0;
        List<Job> targets = new ArrayList<>();
        if (p.positional().isEmpty()) {
            targets.addAll(c.jobs());
        }
        for (String id : p.positional()) {
            if (!JobIds.valid(id)) {
                return CommandResult.error("scancel: error: Invalid job id " + id + "\n", 1);
            }
            List<Job> jobs = JobIds.resolve(c, id);
            if (jobs.isEmpty()) {
                // The testbed's scancel 22.05 says nothing and exits 0 for a job id it does not know.
                continue;
            }
            if (jobs.stream().allMatch(j -> j.state().finished())) {
                err.append("scancel: error: Kill job error on job id ").append(id)
                        .append(": Job/step already completing or completed\n");
                rc = 1;
                continue;
            }
            targets.addAll(jobs);
        }
        List<String> users = p.value("user") == null ? null : Arrays.asList(p.value("user").split(","));
        if (p.has("me")) {
            users = List.of(who.user());
        }
        List<String> parts = p.value("partition") == null ? null : Arrays.asList(p.value("partition").split(","));
        List<String> names = p.value("name") == null ? null : Arrays.asList(p.value("name").split(","));
        JobState state = null;
        if (p.value("state") != null) {
            try {
                state = JobState.parse(p.value("state"));
            } catch (IllegalArgumentException e) {
                return CommandResult.error("scancel: error: Invalid job state specified: " + p.value("state") + "\n", 1);
            }
        }
        // slurmctld kills every job of one request before its scheduler runs again; cancelling
        // the pending ones first keeps a freed slot from starting (and making eligible) a task
        // that is about to be cancelled too.
        targets.sort(java.util.Comparator.comparing((Job j) -> j.state() != JobState.PENDING));
        for (Job j : targets) {
            if (j.state().finished()) {
                continue;
            }
            if (users != null && !users.contains(j.user()) || parts != null && !parts.contains(j.partition().name())
                    || names != null && !names.contains(j.name()) || state != null && j.state() != state) {
                continue;
            }
            if (who.uid() != 0 && j.uid() != who.uid()) {
                err.append("scancel: error: Kill job error on job id ").append(j.displayId())
                        .append(": Access/permission denied\n");
                rc = 1;
                continue;
            }
            c.cancel(j, who.uid());
        }
        return new CommandResult("", err.toString(), rc);
    }
}
