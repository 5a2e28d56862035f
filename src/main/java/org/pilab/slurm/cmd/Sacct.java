package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.pilab.slurm.ctl.ArraySpec;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * sacct: default fields JobID, JobName, Partition, Account, AllocCPUS, State, ExitCode, each job
 * followed by its {@code .batch} step (or step {@code .0} for srun); {@code -X}, {@code -j},
 * {@code -S}, {@code -E}, {@code --name}, {@code -s}, {@code -u}, {@code -o/--format} with
 * {@code Field%N} widths, {@code -n}, {@code -p}/{@code -P}. Values wider than the column are
 * cut with a trailing {@code +}. {@code -c} reads the job completion file instead
 * ({@link SacctCompletion}).
 */
public final class Sacct {

    private static final List<Getopt.Opt> OPTS = List.of(
            Getopt.arg("jobs", 'j'), Getopt.flag("allocations", 'X'), Getopt.arg("starttime", 'S'),
            Getopt.arg("endtime", 'E'), Getopt.arg("name", '\0'), Getopt.arg("format", 'o'),
            Getopt.arg("user", 'u'), Getopt.flag("allusers", 'a'), Getopt.flag("noheader", 'n'),
            Getopt.flag("parsable", 'p'), Getopt.flag("parsable2", 'P'), Getopt.arg("state", 's'),
            Getopt.flag("brief", 'b'), Getopt.arg("partition", 'r'), Getopt.flag("help", 'h'),
            Getopt.flag("usage", '\0'), Getopt.flag("version", 'V'), Getopt.flag("long", 'l'),
            Getopt.flag("completion", 'c'));

    /** One accounting line: a job or one of its steps. */
    private record Line(Job job, String step, String rangeId) {
    }

    private record Field(String name, int width, BiFunction<Controller, Line, String> value) {
    }

    private static final Map<String, Field> FIELDS = fields();

    private Sacct() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        Getopt.Parsed p;
        try {
            p = Getopt.parse("sacct", args, OPTS, false);
        } catch (UsageException e) {
            return e.result();
        }
        if (p.has("help") || p.has("usage")) {
            return CommandResult.ok("Usage: sacct [options]\n\tUse --help for help\n");
        }
        if (p.has("version")) {
            return CommandResult.ok("slurm 22.05.8\n");
        }
        if (p.has("completion")) {
            return SacctCompletion.run(JobCompRecord.type(c), JobCompRecord.location(c), who, p);
        }
        if (!c.settings().accountingEnabled()) {
            return CommandResult.error("Slurm accounting storage is disabled\n", 1);
        }
        String fieldText = p.value("format") != null ? p.value("format")
                : p.has("brief") ? "jobid,state,exitcode" : "jobid,jobname,partition,account,alloccpus,state,exitcode";
        List<Field> fields = new ArrayList<>();
        for (String f : fieldText.split(",")) {
            if (f.isBlank()) {
                continue;
            }
            String name = f;
            Integer width = null;
            int pct = f.indexOf('%');
            if (pct >= 0) {
                name = f.substring(0, pct);
                try {
                    width = Integer.parseInt(f.substring(pct + 1));
                } catch (NumberFormatException e) {
                    return CommandResult.error("sacct: error: Invalid field requested: \"" + f + "\"\n", 1);
                }
            }
            Field base = FIELDS.get(name.toLowerCase(Locale.ROOT));
            if (base == null) {
                return CommandResult.error("sacct: error: Invalid field requested: \"" + name + "\"\n", 1);
            }
            int w = width == null ? base.width() : (base.width() < 0 ? -width : width);
            fields.add(new Field(base.name(), w, base.value()));
        }
        boolean jobsGiven = p.value("jobs") != null;
        List<Job> jobs = new ArrayList<>();
        if (jobsGiven) {
            for (String id : p.value("jobs").split(",")) {
                if (!JobIds.valid(id)) {
                    return CommandResult.error("sacct: fatal: Bad job/step specified: " + id + "\n", 1);
                }
                for (Job j : c.jobs()) {
                    if (matches(j, id) && !jobs.contains(j)) {
                        jobs.add(j);
                    }
                }
            }
        } else {
            jobs.addAll(c.jobs());
        }
        long start;
        try {
            start = p.value("starttime") != null ? time(p.value("starttime"), c)
                    : jobsGiven || p.value("state") != null ? Long.MIN_VALUE : midnight(c.now());
        } catch (RuntimeException e) {
            return CommandResult.error("sacct: error: Invalid time specification (valid formats: HH:MM[:SS] "
                    + "[AM|PM], MMDD[YY] or MM/DD[/YY] or MM.DD[.YY], MM/DD[/YY]-HH:MM[:SS], YYYY-MM-DD[THH:MM[:SS]], "
                    + "today, midnight, noon, elevenses (11 AM), fika (3 PM), teatime (4 PM), now[{+|-}count[seconds"
                    + "(default)|minutes|hours|days|weeks]]\n", 1);
        }
        long end = p.value("endtime") != null ? time(p.value("endtime"), c) : Long.MAX_VALUE;
        Set<String> users = p.value("user") != null ? new HashSet<>(Arrays.asList(p.value("user").split(",")))
                : who.uid() == 0 || p.has("allusers") ? null : Set.of(who.user());
        Set<String> names = p.value("name") == null ? null : new HashSet<>(Arrays.asList(p.value("name").split(",")));
        Set<String> parts = p.value("partition") == null ? null
                : new HashSet<>(Arrays.asList(p.value("partition").split(",")));
        Set<JobState> states = null;
        if (p.value("state") != null) {
            states = new HashSet<>();
            for (String s : p.value("state").split(",")) {
                try {
                    states.add(JobState.parse(s));
                } catch (IllegalArgumentException e) {
                    return CommandResult.error("sacct: error: Invalid state specified: " + s + "\n", 1);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Job> waitingTasks = new ArrayList<>();
        for (Job j : jobs) {
            if (users != null && !users.contains(j.user()) || names != null && !names.contains(j.name())
                    || parts != null && !parts.contains(j.partition().name())
                    || states != null && !states.contains(j.state())) {
                continue;
            }
            long jobEnd = j.state().finished() ? j.endTime() : Long.MAX_VALUE;
            if (jobEnd < start || j.submitTime() > end) {
                continue;
            }
            if (start != Long.MIN_VALUE && j.eligibleTime() == 0) {
                // slurmdbd selects a time window by eligible time: a job never eligible (held,
                // waiting on a dependency, a throttled array task) is in no window.
                continue;
            }
            if (j.isArrayTask() && j.startTime() == 0 && (j.state() == JobState.PENDING || j.state() == JobState.CANCELLED)) {
                waitingTasks.add(j);
                continue;
            }
            lines.add(new Line(j, null, null));
            if (!p.has("allocations") && j.startTime() > 0 && !c.nodeNames(j).isEmpty()) {
                lines.add(new Line(j, j.interactive() ? "0" : "batch", null));
            }
        }
        if (!waitingTasks.isEmpty()) {
            // The never-started tasks of an array are one record, as in squeue.
            Map<Long, List<Job>> byArray = new java.util.LinkedHashMap<>();
            for (Job t : waitingTasks) {
                byArray.computeIfAbsent(t.arrayJobId(), k -> new ArrayList<>()).add(t);
            }
            byArray.replaceAll((id, tasks) -> arrayRecord(tasks));
            byArray.values().removeIf(List::isEmpty);
            for (List<Job> group : byArray.values()) {
                String ranges = ArraySpec.ranges(group.stream().map(Job::arrayTaskId).toList());
                if (group.get(0).arrayMaxRunning() > 0) {
                    ranges += "%" + group.get(0).arrayMaxRunning();
                }
                String id = group.get(0).arrayJobId() + (group.size() == 1 && !ranges.contains("%")
                        ? "_" + ranges : "_[" + ranges + "]");
                int at = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).job().arrayJobId() == group.get(0).arrayJobId()) {
                        at = i + 1;
                    }
                }
                if (at == 0) {
                    at = lines.size();
                }
                lines.add(at, new Line(group.get(0), null, id));
            }
        }
        StringBuilder out = new StringBuilder();
        boolean parsable = p.has("parsable") || p.has("parsable2");
        if (!p.has("noheader")) {
            if (parsable) {
                List<String> names2 = fields.stream().map(Field::name).toList();
                out.append(String.join("|", names2)).append(p.has("parsable2") ? "" : "|").append('\n');
            } else {
                for (Field f : fields) {
                    out.append(Columns.sacctHeader(f.name(), f.width()));
                }
                out.append('\n');
                for (Field f : fields) {
                    out.append("-".repeat(Math.abs(f.width()))).append(' ');
                }
                out.append('\n');
            }
        }
        for (Line l : lines) {
            List<String> vals = new ArrayList<>();
            for (Field f : fields) {
                vals.add(f.value().apply(c, l));
            }
            if (parsable) {
                List<String> clean = vals.stream().map(v -> v == null ? "" : v).toList();
                out.append(String.join("|", clean)).append(p.has("parsable2") ? "" : "|").append('\n');
            } else {
                for (int i = 0; i < fields.size(); i++) {
                    out.append(Columns.sacct(vals.get(i), fields.get(i).width()));
                }
                out.append('\n');
            }
        }
        return CommandResult.ok(out.toString());
    }

    /** Whether these arguments ask for the job completion file ({@code -c}), which needs no controller. */
    public static boolean readsCompletionFile(List<String> args) {
        try {
            Getopt.Parsed p = Getopt.parse("sacct", args, OPTS, false);
            return p.has("completion") && !p.has("help") && !p.has("usage") && !p.has("version");
        } catch (UsageException e) {
            return false;
        }
    }

    /**
     * {@code sacct -c} from the JobCompType and JobCompLoc of the caller's own slurm.conf: like
     * the real one it only reads the file, so it works while slurmctld is down.
     */
    public static CommandResult runCompletion(String jobCompType, String jobCompLoc, Caller who, List<String> args) {
        try {
            return SacctCompletion.run(jobCompType, jobCompLoc, who, Getopt.parse("sacct", args, OPTS, false));
        } catch (UsageException e) {
            return e.result();
        }
    }

    private static boolean matches(Job j, String id) {
        int us = id.indexOf('_');
        if (us < 0) {
            long n = Long.parseLong(id);
            return j.id() == n && !(j.isArrayTask() && j.startTime() == 0) || j.isArrayTask() && j.arrayJobId() == n;
        }
        if (!j.isArrayTask() || j.arrayJobId() != Long.parseLong(id.substring(0, us))) {
            return false;
        }
        String sel = id.substring(us + 1).replace("[", "").replace("]", "");
        return ArraySpec.parse(sel, Integer.MAX_VALUE).indices().contains(j.arrayTaskId());
    }

    private static long midnight(long now) {
        return now - Math.floorMod(now, 86400);
    }

    private static long time(String text, Controller c) {
        if (text.equals("now")) {
            return c.now();
        }
        if (text.equals("today") || text.equals("midnight")) {
            return midnight(c.now());
        }
        if (text.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            String[] p = text.split(":");
            long secs = Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + (p.length > 2 ? Long.parseLong(p[2]) : 0);
            return midnight(c.now()) + secs;
        }
        return SlurmTimes.parseDate(text);
    }

    private static String state(Line l) {
        Job j = l.job();
        if (l.step() == null) {
            if (j.state() == JobState.CANCELLED && j.cancelledBy() != null) {
                return "CANCELLED by " + j.cancelledBy();
            }
            return j.state().name();
        }
        return switch (j.state()) {
            case TIMEOUT, CANCELLED, NODE_FAIL -> "CANCELLED";
            default -> j.state().name();
        };
    }

    private static String exitCode(Line l) {
        Job j = l.job();
        if (l.step() != null && (j.state() == JobState.TIMEOUT || j.state() == JobState.CANCELLED)) {
            return "0:15";
        }
        if (l.step() == null && j.state() == JobState.CANCELLED) {
            return "0:0";
        }
        return JobText.exitCode(j);
    }

    private static String jobId(Line l) {
        Job j = l.job();
        String base = l.rangeId() != null ? l.rangeId() : j.displayId();
        return l.step() == null ? base : base + "." + l.step();
    }

    private static Map<String, Field> fields() {
        Map<String, Field> m = new java.util.HashMap<>();
        add(m, "JobID", -12, (c, l) -> jobId(l));
        add(m, "JobIDRaw", -12, (c, l) -> l.step() == null ? Long.toString(l.job().id())
                : l.job().id() + "." + l.step());
        add(m, "JobName", 10, (c, l) -> l.step() == null ? l.job().name()
                : l.step().equals("batch") ? "batch" : l.job().name());
        add(m, "Partition", 10, (c, l) -> l.step() == null ? l.job().partition().name() : null);
        add(m, "Account", 10, (c, l) -> JobText.account(c, l.job()).isEmpty() ? null : JobText.account(c, l.job()));
        add(m, "AllocCPUS", 10, (c, l) -> Integer.toString(l.step() != null && l.job().allocNodeCount() > 0
                && l.step().equals("batch") ? c.coresPerNode(l.job())[0] : l.job().allocCpus()));
        add(m, "NCPUS", 10, (c, l) -> Integer.toString(l.job().allocCpus()));
        add(m, "State", 10, (c, l) -> state(l));
        add(m, "ExitCode", 8, (c, l) -> exitCode(l));
        add(m, "Elapsed", 10, (c, l) -> SlurmTimes.padded(JobText.elapsed(c, l.job())));
        add(m, "ElapsedRaw", 10, (c, l) -> Long.toString(JobText.elapsed(c, l.job())));
        add(m, "Start", 19, (c, l) -> l.job().startTime() > 0 ? SlurmTimes.date(l.job().startTime()) : "Unknown");
        add(m, "End", 19, (c, l) -> l.job().state().finished() ? SlurmTimes.date(l.job().endTime()) : "Unknown");
        add(m, "Submit", 19, (c, l) -> SlurmTimes.date(l.job().submitTime()));
        add(m, "Eligible", 19, (c, l) -> l.job().eligibleTime() > 0 ? SlurmTimes.date(l.job().eligibleTime())
                : "Unknown");
        add(m, "NNodes", 8, (c, l) -> Integer.toString(l.job().allocNodeCount() == 0
                ? Math.max(1, l.job().requestedNodes()) : l.step() != null && l.step().equals("batch") ? 1
                : l.job().allocNodeCount()));
        add(m, "NodeList", 15, (c, l) -> l.job().allocNodeCount() == 0 ? "None assigned"
                : l.step() != null && l.step().equals("batch") ? c.nodeNames(l.job()).get(0)
                : JobText.nodeList(c, l.job()));
        add(m, "User", 9, (c, l) -> l.step() == null ? l.job().user() : null);
        add(m, "UID", 6, (c, l) -> l.step() == null ? Integer.toString(l.job().uid()) : null);
        add(m, "Timelimit", 10, (c, l) -> l.step() != null ? null
                : l.job().timeLimitMinutes() == SlurmTimes.INFINITE ? "UNLIMITED"
                : SlurmTimes.padded(l.job().timeLimitMinutes() * 60));
        add(m, "ReqMem", 10, (c, l) -> JobText.minMemory(c, l.job()));
        add(m, "ReqCPUS", 8, (c, l) -> Integer.toString(l.job().requestedCpus()));
        add(m, "AllocNodes", 10, (c, l) -> Integer.toString(l.job().allocNodeCount()));
        add(m, "CPUTime", 10, (c, l) -> SlurmTimes.padded(JobText.elapsed(c, l.job()) * l.job().allocCpus()));
        add(m, "CPUTimeRAW", 10, (c, l) -> Long.toString(JobText.elapsed(c, l.job()) * l.job().allocCpus()));
        add(m, "Priority", 10, (c, l) -> l.step() == null ? Long.toString(l.job().priority()) : null);
        add(m, "Reason", 22, (c, l) -> l.job().reason().text());
        add(m, "WorkDir", 20, (c, l) -> l.job().workDir());
        add(m, "Cluster", 10, (c, l) -> c.spec().clusterName());
        add(m, "MaxRSS", 10, (c, l) -> l.step() == null ? null : "0");
        add(m, "NTasks", 8, (c, l) -> l.step() == null ? null : Integer.toString(l.job().ntasks()));
        return Map.copyOf(m);
    }

    private static void add(Map<String, Field> m, String name, int width, BiFunction<Controller, Line, String> f) {
        m.put(name.toLowerCase(Locale.ROOT), new Field(name, width, f));
    }

    /**
     * Which never-started tasks of one array slurmdbd still holds as the array's own record: the
     * pending ones, or, once none pends, those cancelled with the array last. Tasks cancelled on
     * their own while pending were split off into records sacct does not list (testbed:
     * {@code scancel 6_[5-7]}, later {@code scancel 6}, and {@code sacct -j 6} shows one line
     * {@code 6_[2-4,8-9%2]}).
     */
    private static List<Job> arrayRecord(List<Job> neverStarted) {
        List<Job> pendingTasks = neverStarted.stream().filter(t -> t.state() == JobState.PENDING).toList();
        if (!pendingTasks.isEmpty()) {
            return pendingTasks;
        }
        long last = neverStarted.stream().mapToLong(Job::endTime).max().orElse(0);
        return neverStarted.stream().filter(t -> t.endTime() == last).toList();
    }

}
