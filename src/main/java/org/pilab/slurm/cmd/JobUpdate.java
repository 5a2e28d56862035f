package org.pilab.slurm.cmd;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.Partition;
import org.pilab.slurm.ctl.SlurmTimes;
import org.pilab.slurm.time.SlurmDuration;

/**
 * {@code scontrol update JobId=N Partition=P TimeLimit=T}. As slurmctld allows it: the job's
 * owner may move a pending job to another partition and lower its time limit; raising the limit
 * takes root (an operator). A job that already started can no longer change.
 */
final class JobUpdate {

    private static final List<String> KNOWN = List.of("jobid", "partition", "timelimit");

    private JobUpdate() {
    }

    static CommandResult apply(Controller c, Caller who, Map<String, String> kv) {
        String id = kv.get("jobid");
        for (String key : kv.keySet()) {
            if (!KNOWN.contains(key)) {
                return CommandResult.error("Update of this parameter is not supported: " + key + "\n", 1);
            }
        }
        if (!JobIds.valid(id) || JobIds.resolve(c, id).isEmpty()) {
            return CommandResult.error("slurm_update error: Invalid job id specified\n", 1);
        }
        if (kv.size() == 1) {
            return CommandResult.error("No changes specified\n", 1);
        }
        Partition partition = null;
        if (kv.containsKey("partition")) {
            partition = c.partition(kv.get("partition"));
            if (partition == null) {
                return CommandResult.error("Invalid partition name specified for job " + id + "\n", 1);
            }
        }
        OptionalLong limit = OptionalLong.empty();
        if (kv.containsKey("timelimit")) {
            String t = kv.get("timelimit");
            if (!SlurmDuration.isValid(t)) {
                return CommandResult.error("Invalid TimeLimit value: " + t + "\n", 1);
            }
            limit = OptionalLong.of(SlurmTimes.parseLimitMinutes(t));
        }
        List<Job> jobs = JobIds.resolve(c, id);
        for (Job j : jobs) {
            if (who.uid() != 0 && j.uid() != who.uid()) {
                return CommandResult.error("Access/permission denied for job " + id + "\n", 1);
            }
            if (!j.state().name().equals("PENDING")) {
                return CommandResult.error("Job is no longer pending execution for job " + id + "\n", 1);
            }
            if (limit.isPresent() && who.uid() != 0 && raises(j.timeLimitMinutes(), limit.getAsLong())) {
                return CommandResult.error("Access/permission denied for job " + id + "\n", 1);
            }
        }
        for (Job j : jobs) {
            c.updatePending(j, partition, limit);
        }
        return CommandResult.ok("");
    }

    private static boolean raises(long current, long requested) {
        if (current == SlurmTimes.INFINITE) {
            return false;
        }
        return requested == SlurmTimes.INFINITE || requested > current;
    }
}
