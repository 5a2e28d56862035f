package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pilab.slurm.ctl.ArraySpec;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobReason;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.Node;
import org.pilab.slurm.ctl.Partition;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * scontrol: show node|job|partition|config, update NodeName=... State=... Reason=...,
 * update PartitionName=... State=..., hold/release, reconfigure, ping.
 */
public final class Scontrol {

    private Scontrol() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        List<String> a = new ArrayList<>();
        boolean oneLiner = false;
        for (String s : args) {
            if (s.equals("-o") || s.equals("--oneliner")) {
                oneLiner = true;
            } else {
                a.add(s);
            }
        }
        if (a.isEmpty()) {
            return CommandResult.error("scontrol: error: no command given (interactive mode is not available here)\n", 1);
        }
        String verb = a.get(0).toLowerCase(Locale.ROOT);
        CommandResult r = switch (verb) {
            case "show" -> show(c, a.subList(1, a.size()));
            case "update" -> update(c, who, a.subList(1, a.size()));
            case "hold", "release" -> hold(c, who, a.subList(1, a.size()), verb.equals("hold"));
            case "reconfigure" -> who.uid() == 0 ? CommandResult.ok("")
                    : CommandResult.error("slurm_reconfigure error: Invalid user id\n", 1);
            case "ping" -> CommandResult.ok("Slurmctld(primary) at " + c.spec().controlMachine() + " is UP\n");
            case "version", "--version", "-v" -> CommandResult.ok("slurm 22.05.8\n");
            default -> CommandResult.error("invalid keyword: " + a.get(0) + "\n", 1);
        };
        if (oneLiner && r.exitCode() == 0) {
            String joined = r.stdout().replace("\n   ", " ").replace("\n\n", "\n");
            return new CommandResult(joined, r.stderr(), 0);
        }
        return r;
    }

    private static CommandResult show(Controller c, List<String> a) {
        if (a.isEmpty()) {
            return CommandResult.error("too few arguments for keyword:show\n", 1);
        }
        String what = a.get(0).toLowerCase(Locale.ROOT);
        String name = a.size() > 1 ? a.get(1) : null;
        if ("nodes".startsWith(what) && what.length() >= 2 || what.equals("node")) {
            return showNodes(c, name);
        }
        if ("jobs".startsWith(what) && what.length() >= 1) {
            return showJobs(c, name);
        }
        if ("partitions".startsWith(what) && what.length() >= 1) {
            return showPartitions(c, name);
        }
        if ("config".startsWith(what) && what.length() >= 1) {
            return showConfig(c);
        }
        return CommandResult.error("invalid entity:" + a.get(0) + " for keyword:show\n", 1);
    }

    private static CommandResult showNodes(Controller c, String name) {
        List<Node> nodes = new ArrayList<>();
        if (name == null) {
            nodes.addAll(c.nodes());
        } else {
            for (String n : HostList.expand(name)) {
                Node node = c.node(n);
                if (node == null) {
                    return new CommandResult("Node " + n + " not found\n", "", 1);
                }
                nodes.add(node);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            out.append(node(c, n)).append('\n'); // every record ends with an empty line, the last one too
        }
        return CommandResult.ok(out.toString());
    }

    static String node(Controller c, Node n) {
        long freeMem = Math.max(0, n.realMemory() - n.allocMem() - 350);
        StringBuilder s = new StringBuilder();
        s.append("NodeName=").append(n.name()).append(" Arch=aarch64 CoresPerSocket=").append(n.spec().coresPerSocket())
                .append(" \n");
        s.append("   CPUAlloc=").append(n.allocCpus()).append(" CPUEfctv=").append(n.cpus()).append(" CPUTot=")
                .append(n.cpus()).append(" CPULoad=").append(String.format("%.2f", (double) n.allocCpus())).append('\n');
        s.append("   AvailableFeatures=(null)\n   ActiveFeatures=(null)\n   Gres=(null)\n");
        s.append("   NodeAddr=").append(n.spec().address()).append(" NodeHostName=").append(n.spec().hostname())
                .append(" Version=22.05.8\n");
        // the kernel `uname -a` shows on the lab's Bookworm Pis (slurmd reports uname's fields)
        s.append("   OS=Linux 6.6.51+rpt-rpi-v8 #1 SMP PREEMPT Debian 1:6.6.51-1+rpt3 (2024-10-08) \n");
        s.append("   RealMemory=").append(n.realMemory()).append(" AllocMem=").append(n.allocMem()).append(" FreeMem=")
                .append(n.isDown() ? "N/A" : Long.toString(freeMem)).append(" Sockets=").append(n.spec().sockets())
                .append(" Boards=1\n");
        s.append("   State=").append(n.scontrolState()).append(c.isPlanned(n) ? "+PLANNED" : "").append(" ThreadsPerCore=").append(n.spec().threadsPerCore())
                .append(" TmpDisk=0 Weight=1 Owner=N/A MCS_label=N/A\n");
        s.append("   Partitions=").append(String.join(",", n.partitions())).append(" \n");
        s.append("   BootTime=").append(SlurmTimes.date(n.bootTime())).append(" SlurmdStartTime=")
                .append(SlurmTimes.date(n.bootTime())).append('\n');
        s.append("   LastBusyTime=").append(SlurmTimes.date(n.bootTime())).append('\n');
        s.append("   CfgTRES=cpu=").append(n.cpus()).append(",mem=").append(mem(n.realMemory())).append(",billing=")
                .append(n.cpus()).append('\n');
        s.append("   AllocTRES=");
        if (n.allocCpus() > 0) {
            s.append("cpu=").append(n.allocCpus());
            if (n.allocMem() > 0) {
                s.append(",mem=").append(mem(n.allocMem()));
            }
        }
        s.append('\n');
        s.append("   CapWatts=n/a\n   CurrentWatts=0 AveWatts=0\n");
        s.append("   ExtSensorsJoules=n/s ExtSensorsWatts=0 ExtSensorsTemp=n/s\n");
        if (n.reason() != null) {
            s.append("   Reason=").append(n.reason()).append(" [").append(n.reasonUser()).append('@')
                    .append(SlurmTimes.date(n.reasonTime())).append("]\n");
        }
        return s.toString();
    }

    /** TRES memory as slurm prints it: 3800M, 15200M, or 4G when it divides evenly into GiB. */
    static String mem(long mb) {
        if (mb >= 1024 && mb % 1024 == 0) {
            return (mb / 1024) + "G";
        }
        return mb + "M";
    }

    private static CommandResult showJobs(Controller c, String id) {
        List<Job> jobs = new ArrayList<>();
        if (id == null) {
            for (Job j : c.jobs()) {
                if (!c.isPurged(j)) {
                    jobs.add(j);
                }
            }
            if (jobs.isEmpty()) {
                return CommandResult.ok("No jobs in the system\n");
            }
        } else {
            if (!JobIds.valid(id)) {
                return CommandResult.error("Invalid job id specified\n", 1);
            }
            jobs = JobIds.resolve(c, id);
            if (jobs.isEmpty()) {
                return CommandResult.error("slurm_load_jobs error: Invalid job id specified\n", 1);
            }
        }
        List<QueueRow> rows = collapse(c, jobs);
        if (id != null && jobs.stream().anyMatch(Job::isArrayTask)) {
            // One array asked for by id: slurmctld walks the array's hash chain, the array's own
            // record first, then the tasks split off from it, newest first (testbed: 6, 8, 7).
            rows.sort(java.util.Comparator.comparing((QueueRow r) -> r.taskRanges() == null)
                    .thenComparing(r -> -r.job().id()));
        }
        StringBuilder out = new StringBuilder();
        for (QueueRow r : rows) {
            out.append(job(c, r));
        }
        return CommandResult.ok(out.toString());
    }

    /** scontrol, like squeue, shows the never-started tasks of an array as one record. */
    private static List<QueueRow> collapse(Controller c, List<Job> jobs) {
        List<QueueRow> rows = new ArrayList<>();
        Map<Long, List<Job>> waiting = new LinkedHashMap<>();
        for (Job j : jobs) {
            if (j.isArrayTask() && j.state() == JobState.PENDING && j.startTime() == 0 && j.restarts() == 0) {
                waiting.computeIfAbsent(j.arrayJobId(), k -> new ArrayList<>()).add(j);
            } else {
                rows.add(new QueueRow(j, null));
            }
        }
        for (List<Job> w : waiting.values()) {
            String ranges = ArraySpec.ranges(w.stream().map(Job::arrayTaskId).toList());
            if (w.get(0).arrayMaxRunning() > 0) {
                ranges += "%" + w.get(0).arrayMaxRunning();
            }
            rows.add(new QueueRow(w.get(0), ranges));
        }
        return rows;
    }

    static String job(Controller c, QueueRow row) {
        Job j = row.job();
        boolean pend = j.state() == JobState.PENDING;
        StringBuilder s = new StringBuilder();
        s.append("JobId=").append(row.taskRanges() != null ? j.arrayJobId() : j.id());
        if (j.isArrayTask()) {
            s.append(" ArrayJobId=").append(j.arrayJobId()).append(" ArrayTaskId=")
                    .append(row.taskRanges() != null ? row.taskRanges() : Integer.toString(j.arrayTaskId()));
            if (j.arrayMaxRunning() > 0) {
                s.append(" ArrayTaskThrottle=").append(j.arrayMaxRunning());
            }
        }
        s.append(" JobName=").append(j.name()).append('\n');
        s.append("   UserId=").append(j.user()).append('(').append(j.uid()).append(") GroupId=").append(j.user())
                .append('(').append(j.uid()).append(") MCS_label=N/A\n");
        s.append("   Priority=").append(j.priority()).append(" Nice=").append(j.nice()).append(" Account=")
                .append(JobText.account(c, j).isEmpty() ? "(null)" : JobText.account(c, j)).append(" QOS=normal\n");
        s.append("   JobState=").append(j.state().name()).append(" Reason=").append(JobText.reason(j).replaceAll("\\s", "_"))
                .append(" Dependency=").append(dependency(j)).append('\n');
        s.append("   Requeue=").append(j.requeueAllowed() ? 1 : 0).append(" Restarts=").append(j.restarts())
                .append(" BatchFlag=1 Reboot=0 ExitCode=").append(JobText.exitCode(j)).append('\n');
        s.append("   RunTime=").append(SlurmTimes.padded(JobText.elapsed(c, j))).append(" TimeLimit=")
                .append(j.timeLimitMinutes() == SlurmTimes.INFINITE ? "UNLIMITED"
                        : SlurmTimes.padded(j.timeLimitMinutes() * 60)).append(" TimeMin=N/A\n");
        s.append("   SubmitTime=").append(SlurmTimes.date(j.submitTime())).append(" EligibleTime=")
                .append(j.eligibleTime() > 0 ? SlurmTimes.date(j.eligibleTime()) : "Unknown").append('\n');
        // A throttled array record accrues age from its first scheduling pass (at submission here)
        // although it is not eligible yet (testbed: EligibleTime=Unknown with an AccrueTime).
        long accrue = j.eligibleTime() > 0 ? j.eligibleTime()
                : j.reason() == org.pilab.slurm.ctl.JobReason.JOB_ARRAY_TASK_LIMIT ? j.submitTime() : 0;
        s.append("   AccrueTime=").append(accrue > 0 ? SlurmTimes.date(accrue) : "Unknown").append('\n');
        String start = pend ? (j.plannedStart() > 0 ? SlurmTimes.date(j.plannedStart()) : "Unknown")
                : SlurmTimes.date(j.startTime());
        String end;
        if (pend) {
            end = j.plannedStart() > 0 && j.timeLimitMinutes() != SlurmTimes.INFINITE
                    ? SlurmTimes.date(j.plannedStart() + j.timeLimitMinutes() * 60) : "Unknown";
        } else if (j.state().finished()) {
            end = SlurmTimes.date(j.endTime());
        } else {
            end = j.timeLimitMinutes() == SlurmTimes.INFINITE ? "Unknown"
                    : SlurmTimes.date(j.startTime() + j.timeLimitMinutes() * 60);
        }
        s.append("   StartTime=").append(start).append(" EndTime=").append(end).append(" Deadline=N/A\n");
        s.append("   SuspendTime=None SecsPreSuspend=0 LastSchedEval=").append(SlurmTimes.date(
                pend ? c.now() : j.startTime())).append(" Scheduler=").append(j.startedByBackfill() ? "Backfill"
                : "Main").append('\n');
        s.append("   Partition=").append(j.partition().name()).append(" AllocNode:Sid=")
                .append(j.submitHost().orElse("laptop")).append(":1\n");
        s.append("   ReqNodeList=(null) ExcNodeList=(null)\n");
        List<String> nodes = c.nodeNames(j);
        // A pending job's empty node list prints as nothing (testbed), an ended one's as (null).
        s.append("   NodeList=").append(nodes.isEmpty() ? (pend ? "" : "(null)") : HostList.compress(nodes)).append('\n');
        if (!nodes.isEmpty()) {
            s.append("   BatchHost=").append(nodes.get(0)).append('\n');
        }
        int numNodes = pend ? Math.max(1, j.requestedNodes()) : nodes.size();
        int cpus = pend ? j.requestedCpus() : j.allocCpus();
        // slurmctld prints a pending job's node range (min-max) only when -N fixed it.
        s.append("   NumNodes=").append(numNodes).append(pend && j.requestedNodes() > 0 ? "-" + numNodes : "")
                .append(" NumCPUs=").append(cpus).append(" NumTasks=").append(j.ntasks()).append(" CPUs/Task=")
                .append(j.cpusPerTask()).append(" ReqB:S:C:T=0:0:*:*\n");
        long mem = 0;
        for (long m : c.memPerNode(j)) {
            mem += m;
        }
        if (pend) {
            mem = requestedMemory(c, j, numNodes);
        }
        s.append("   TRES=cpu=").append(cpus);
        if (mem > 0) {
            s.append(",mem=").append(mem(mem));
        }
        s.append(",node=").append(numNodes).append(",billing=").append(cpus).append('\n');
        s.append("   Socks/Node=* NtasksPerN:B:S:C=0:0:*:* CoreSpec=*\n");
        String minMem = j.memPerNodeMb() >= 0 ? "MinMemoryNode=" + j.memPerNodeMb() + "M"
                : "MinMemoryCPU=" + (j.memPerCpuMb() > 0 ? j.memPerCpuMb() : c.settings().defMemPerCpu()) + "M";
        s.append("   MinCPUsNode=").append(j.cpusPerTask()).append(' ').append(minMem).append(" MinTmpDiskNode=0\n");
        s.append("   Features=(null) DelayBoot=00:00:00\n");
        s.append("   OverSubscribe=").append(j.exclusive() ? "NO" : "OK")
                .append(" Contiguous=0 Licenses=(null) Network=(null)\n");
        s.append("   Command=").append(j.command()).append('\n');
        s.append("   WorkDir=").append(j.workDir()).append('\n');
        // The array's own record has no task id yet: %a prints as NO_VAL-1 (testbed: slurm-6_4294967294.out).
        boolean arrayRecord = row.taskRanges() != null;
        s.append("   StdErr=").append(arrayRecord ? c.arrayRecordOutputPath(j, true) : c.outputPath(j, true)).append('\n');
        s.append("   StdIn=/dev/null\n");
        s.append("   StdOut=").append(arrayRecord ? c.arrayRecordOutputPath(j, false) : c.outputPath(j, false)).append('\n');
        // 22.05 ends a job record with an indented empty line, then the record's empty line.
        s.append("   Power=\n   \n\n");
        return s.toString();
    }

    /** Dependency= as slurmctld shows it: the terms with (unfulfilled) or (failed), else (null). */
    private static String dependency(Job j) {
        if (j.dependencyText().isEmpty() || j.state() != JobState.PENDING) {
            return "(null)";
        }
        return j.dependencyText() + (j.reason() == JobReason.DEPENDENCY_NEVER_SATISFIED ? "(failed)" : "(unfulfilled)");
    }

    /** What a pending job asks for in memory (its TRES request), in MB over all its nodes. */
    private static long requestedMemory(Controller c, Job j, int nodes) {
        if (!c.settings().memoryTracked()) {
            return 0;
        }
        if (j.memPerNodeMb() > 0) {
            return j.memPerNodeMb() * nodes;
        }
        long perCpu = j.memPerCpuMb() > 0 ? j.memPerCpuMb() : c.settings().defMemPerCpu();
        return perCpu * j.requestedCpus();
    }

    private static CommandResult showPartitions(Controller c, String name) {
        List<Partition> parts = new ArrayList<>();
        if (name == null) {
            parts.addAll(c.partitions());
        } else {
            Partition p = c.partition(name);
            if (p == null) {
                return new CommandResult("Partition " + name + " not found\n", "", 1);
            }
            parts.add(p);
        }
        StringBuilder out = new StringBuilder();
        for (Partition p : parts) {
            long mem = 0;
            for (String n : p.nodeNames()) {
                mem += c.node(n).realMemory();
            }
            var ps = p.spec();
            out.append("PartitionName=").append(p.name()).append('\n');
            out.append("   AllowGroups=ALL AllowAccounts=ALL AllowQos=ALL\n");
            out.append("   AllocNodes=ALL Default=").append(p.isDefault() ? "YES" : "NO").append(" QoS=N/A\n");
            out.append("   DefaultTime=").append(ps.defaultTimeMin() == SlurmTimes.INFINITE ? "NONE"
                    : SlurmTimes.padded(ps.defaultTimeMin() * 60))
                    .append(" DisableRootJobs=NO ExclusiveUser=NO GraceTime=0 Hidden=NO\n");
            out.append("   MaxNodes=").append(ps.maxNodes() < 0 ? "UNLIMITED" : Integer.toString(ps.maxNodes()))
                    .append(" MaxTime=").append(ps.maxTimeMin() == SlurmTimes.INFINITE ? "UNLIMITED"
                            : SlurmTimes.padded(ps.maxTimeMin() * 60))
                    .append(" MinNodes=0 LLN=NO MaxCPUsPerNode=UNLIMITED\n");
            out.append("   Nodes=").append(HostList.compress(p.nodeNames())).append('\n');
            out.append("   PriorityJobFactor=").append(ps.priorityJobFactor()).append(" PriorityTier=")
                    .append(ps.priorityTier()).append(" RootOnly=NO ReqResv=NO OverSubscribe=")
                    .append(ps.overSubscribe()).append('\n');
            out.append("   OverTimeLimit=NONE PreemptMode=OFF\n");
            out.append("   State=").append(p.state()).append(" TotalCPUs=").append(p.totalCpus()).append(" TotalNodes=")
                    .append(p.totalNodes()).append(" SelectTypeParameters=NONE\n");
            out.append("   JobDefaults=(null)\n");
            // The partition's own default: a global DefMemPerCPU still shows as DefMemPerNode=UNLIMITED
            // (partition lines with DefMemPerCPU= are not modelled).
            out.append("   DefMemPerNode=UNLIMITED MaxMemPerNode=UNLIMITED\n");
            out.append("   TRES=cpu=").append(p.totalCpus()).append(",mem=").append(mem(mem)).append(",node=")
                    .append(p.totalNodes()).append(",billing=").append(p.totalCpus()).append('\n');
            out.append('\n'); // scontrol ends every record with an empty line, the last one too
        }
        return CommandResult.ok(out.toString());
    }

    private static CommandResult showConfig(Controller c) {
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.put("ClusterName", c.spec().clusterName());
        all.put("SlurmctldHost[0]", c.spec().controlMachine());
        all.put("SchedulerType", c.settings().schedulerType());
        all.put("PriorityType", c.settings().priorityType());
        all.put("SLURM_VERSION", "22.05.8");
        all.put("SlurmdTimeout", c.settings().slurmdTimeout() + " sec");
        all.put("MinJobAge", c.settings().minJobAge() + " sec");
        all.put("MaxArraySize", Integer.toString(c.settings().maxArraySize()));
        all.put("ReturnToService", Integer.toString(c.settings().returnToService()));
        for (Map.Entry<String, String> e : c.spec().rawSettings().entrySet()) {
            if (!e.getKey().equals("SlurmctldHost") && !e.getKey().equals("SlurmdTimeout")
                    && !e.getKey().equals("MinJobAge")) {
                all.put(e.getKey(), e.getValue());
            }
        }
        StringBuilder out = new StringBuilder("Configuration data as of ").append(SlurmTimes.date(c.now()))
                .append('\n');
        for (Map.Entry<String, String> e : all.entrySet()) {
            out.append(String.format("%-23s = %s%n", e.getKey(), e.getValue()));
        }
        out.append("\nSlurmctld(primary) at ").append(c.spec().controlMachine()).append(" is UP\n");
        return CommandResult.ok(out.toString());
    }

    private static CommandResult update(Controller c, Caller who, List<String> a) {
        if (a.isEmpty()) {
            return CommandResult.error("too few arguments for keyword:update\n", 1);
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (String item : a) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                return CommandResult.error("scontrol: error: Invalid input: " + item + "  Request aborted\n", 1);
            }
            kv.put(item.substring(0, eq).toLowerCase(Locale.ROOT), item.substring(eq + 1));
        }
        if (kv.containsKey("jobid")) {
            return JobUpdate.apply(c, who, kv);
        }
        if (who.uid() != 0) {
            return CommandResult.error("slurm_update error: Invalid user id\n", 1);
        }
        if (kv.containsKey("nodename")) {
            return updateNodes(c, who, kv);
        }
        if (kv.containsKey("partitionname")) {
            Partition p = c.partition(kv.get("partitionname"));
            if (p == null) {
                return CommandResult.error("slurm_update error: Invalid partition name specified\n", 1);
            }
            if (kv.containsKey("state")) {
                String st = kv.get("state").toUpperCase(Locale.ROOT);
                if (!List.of("UP", "DOWN", "DRAIN", "INACTIVE").contains(st)) {
                    return CommandResult.error("Invalid input: State=" + kv.get("state") + "\nRequest aborted\n"
                            + "Acceptable State values are UP, DOWN, DRAIN and INACTIVE\n", 1);
                }
                c.setPartitionState(p, st);
            }
            return CommandResult.ok("");
        }
        return CommandResult.error("No changes specified\n", 1);
    }

    private static CommandResult updateNodes(Controller c, Caller who, Map<String, String> kv) {
        List<Node> nodes = new ArrayList<>();
        for (String n : HostList.expand(kv.get("nodename"))) {
            Node node = c.node(n);
            if (node == null) {
                return CommandResult.error("slurm_update error: Invalid node name specified\n", 1);
            }
            nodes.add(node);
        }
        String state = kv.get("state");
        if (state == null) {
            return CommandResult.error("No changes specified\n", 1);
        }
        String st = state.toUpperCase(Locale.ROOT);
        String reason = kv.get("reason");
        if ((st.equals("DOWN") || st.equals("DRAIN") || st.equals("FAIL")) && (reason == null || reason.isEmpty())) {
            return CommandResult.error("You must specify a reason when DOWNING or DRAINING a node. Request denied\n", 1);
        }
        boolean invalidTransition = false;
        for (Node n : nodes) {
            if (st.equals("RESUME") && !n.isDown() && !n.isDrain()) {
                // slurmctld refuses RESUME for a node that is neither down nor drained (an idle*
                // node that stopped answering included) and goes on with the other nodes
                invalidTransition = true;
                continue;
            }
            switch (st) {
                case "DRAIN", "FAIL" -> c.drain(n, reason, who.user());
                case "DOWN" -> c.down(n, reason, who.user());
                case "RESUME", "IDLE" -> c.resume(n);
                case "UNDRAIN" -> c.undrain(n);
                case "NORESP", "NO_RESPOND" -> c.loseContact(n);
                default -> {
                    return CommandResult.error("Invalid input: State=" + state + "\nRequest aborted\n"
                            + "Valid states are: NoResp DRAIN FAIL FUTURE RESUME POWER_DOWN POWER_UP UNDRAIN\n"
                            + "Not all states are valid given a node's prior state\n", 1);
                }
            }
        }
        if (invalidTransition) {
            return CommandResult.error("slurm_update error: Invalid node state specified\n", 1);
        }
        return CommandResult.ok("");
    }

    private static CommandResult hold(Controller c, Caller who, List<String> ids, boolean hold) {
        if (ids.isEmpty()) {
            return CommandResult.error("too few arguments for keyword:" + (hold ? "hold" : "release") + "\n", 1);
        }
        for (String id : ids) {
            if (!JobIds.valid(id) || JobIds.resolve(c, id).isEmpty()) {
                return CommandResult.error("Invalid job id specified for job " + id + "\n", 1);
            }
            for (Job j : JobIds.resolve(c, id)) {
                c.setHeld(j, hold);
            }
        }
        return CommandResult.ok("");
    }
}
