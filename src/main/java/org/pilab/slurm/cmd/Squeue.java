package org.pilab.slurm.cmd;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pilab.slurm.ctl.ArraySpec;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * squeue: default {@code "%.18i %.9P %.8j %.8u %.2t %.10M %.6D %R"}, {@code -l}, {@code --start},
 * {@code -o}/{@code -O} formats, filters -u -p -t -j -n -w, {@code -r} to expand arrays. Sorted
 * as squeue does by default: partition, then state code, then priority (highest first).
 */
public final class Squeue {

    static final String DEFAULT = "%.18i %.9P %.8j %.8u %.2t %.10M %.6D %R";
    static final String LONG = "%.18i %.9P %.8j %.8u %.8T %.10M %.9l %.6D %R";
    static final String START = "%.18i %.9P %.8j %.8u %.2t %.19S %.6D %20Y %R";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT);

    private static final List<Getopt.Opt> OPTS = List.of(
            Getopt.flag("all", 'a'), Getopt.flag("array", 'r'), Getopt.arg("format", 'o'),
            Getopt.arg("Format", 'O'), Getopt.flag("noheader", 'h'), Getopt.arg("jobs", 'j'),
            Getopt.flag("long", 'l'), Getopt.arg("name", 'n'), Getopt.arg("partition", 'p'),
            Getopt.arg("states", 't'), Getopt.arg("user", 'u'), Getopt.arg("nodelist", 'w'),
            Getopt.flag("start", '\0'), Getopt.flag("me", '\0'), Getopt.arg("sort", 'S'),
            Getopt.flag("help", '\0'), Getopt.flag("usage", '\0'), Getopt.flag("version", 'V'),
            Getopt.flag("verbose", 'v'));

    private Squeue() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        Getopt.Parsed p;
        try {
            p = Getopt.parse("squeue", args, OPTS, false);
        } catch (UsageException e) {
            return e.result();
        }
        if (p.has("help") || p.has("usage")) {
            return CommandResult.ok("Usage: squeue [-A account] [--clusters names] [-i seconds] [--job jobid]\n"
                    + "              [-n name] [-o format] [-p partitions] [--qos qos]\n"
                    + "              [--reservation reservation] [--sort fields] [--start]\n"
                    + "              [--step step_id] [-t states] [-u user_name] [--usage]\n"
                    + "              [-L licenses] [-w nodes] [--federation] [--local] [--sibling]\n"
                    + "              [-ahjlrsv]\n");
        }
        if (p.has("version")) {
            return CommandResult.ok("slurm 22.05.8\n");
        }
        if (!p.positional().isEmpty()) {
            return CommandResult.error("squeue: error: Unrecognized option: " + p.positional().get(0) + "\n"
                    + "Usage: squeue [-A account] [--clusters names] [-i seconds] [--job jobid]\n", 1);
        }
        Set<JobState> states = null;
        if (p.value("states") != null) {
            states = new HashSet<>();
            for (String s : p.value("states").split(",")) {
                if (s.equalsIgnoreCase("all")) {
                    states.addAll(Arrays.asList(JobState.values()));
                    continue;
                }
                try {
                    states.add(JobState.parse(s));
                } catch (IllegalArgumentException e) {
                    return CommandResult.error("squeue: error: Invalid job state specified: " + s + "\n"
                            + "squeue: error: Valid job states include: PENDING,RUNNING,SUSPENDED,COMPLETED,"
                            + "CANCELLED,FAILED,TIMEOUT,NODE_FAIL,PREEMPTED,BOOT_FAIL,DEADLINE,OUT_OF_MEMORY,"
                            + "COMPLETING,CONFIGURING,RESIZING,RESV_DEL_HOLD,REQUEUED,REQUEUE_FED,REQUEUE_HOLD,"
                            + "REVOKED,SIGNALING,SPECIAL_EXIT,STAGE_OUT,STOPPED\n", 1);
                }
            }
        }
        boolean start = p.has("start");
        if (start && states == null) {
            states = Set.of(JobState.PENDING);
        }
        Set<String> users = split(p.value("user"));
        if (p.has("me")) {
            users = Set.of(who.user());
        }
        Set<String> parts = split(p.value("partition"));
        Set<String> names = split(p.value("name"));
        Set<String> nodeFilter = p.value("nodelist") == null ? null : new HashSet<>(HostList.expand(p.value("nodelist")));
        List<String> jobIds = p.value("jobs") == null ? null : List.of(p.value("jobs").split(","));
        if (parts != null) {
            for (String part : parts) {
                if (c.partition(part) == null) {
                    // squeue filters client side: an unknown partition simply matches nothing.
                    continue;
                }
            }
        }
        List<QueueRow> rows = rows(c, p.has("array"));
        List<QueueRow> shown = new ArrayList<>();
        boolean anyJobIdFound = false;
        for (QueueRow r : rows) {
            Job j = r.job();
            if (c.isPurged(j)) {
                continue;
            }
            if (jobIds != null) {
                if (!matchesId(r, jobIds)) {
                    continue;
                }
                anyJobIdFound = true;
            }
            if (states != null) {
                if (!states.contains(j.state())) {
                    continue;
                }
            } else if (jobIds == null && j.state().finished()) {
                continue;
            }
            if (users != null && !users.contains(j.user())) {
                continue;
            }
            if (parts != null && !parts.contains(j.partition().name())) {
                continue;
            }
            if (names != null && !names.contains(j.name())) {
                continue;
            }
            if (nodeFilter != null && c.nodeNames(j).stream().noneMatch(nodeFilter::contains)) {
                continue;
            }
            shown.add(r);
        }
        if (jobIds != null && !anyJobIdFound && jobIds.size() == 1) {
            return CommandResult.error("slurm_load_jobs error: Invalid job id specified\n", 1);
        }
        sort(shown, start);
        StringBuilder out = new StringBuilder();
        if (p.has("long") && !p.has("noheader")) {
            out.append(Instant.ofEpochSecond(c.now()).atZone(ZoneOffset.UTC).format(DATE)).append('\n');
        }
        if (p.value("Format") != null) {
            try {
                renderLong(c, p.value("Format"), shown, !p.has("noheader"), out);
            } catch (IllegalArgumentException e) {
                return CommandResult.error(e.getMessage() + "\n", 1);
            }
        } else {
            String fmt = p.value("format") != null ? p.value("format")
                    : start ? START : p.has("long") ? LONG : DEFAULT;
            render(c, FormatSpec.parse(fmt), shown, !p.has("noheader"), out);
        }
        return CommandResult.ok(out.toString());
    }

    private static boolean matchesId(QueueRow r, List<String> ids) {
        Job j = r.job();
        for (String id : ids) {
            int us = id.indexOf('_');
            if (us >= 0) {
                String a = id.substring(0, us);
                String t = id.substring(us + 1);
                if (a.equals(Long.toString(j.arrayJobId())) && j.isArrayTask()
                        && (r.taskRanges() != null ? r.taskRanges().equals(t) || rangeHas(r.taskRanges(), t)
                        : t.equals(Integer.toString(j.arrayTaskId())))) {
                    return true;
                }
            } else if (id.equals(Long.toString(j.id())) || id.equals(Long.toString(j.arrayJobId()))
                    && j.isArrayTask()) {
                return true;
            }
        }
        return false;
    }

    private static boolean rangeHas(String ranges, String task) {
        try {
            return ArraySpec.parse(ranges.replaceAll("%.*", ""), Integer.MAX_VALUE).indices()
                    .contains(Integer.parseInt(task));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> split(String v) {
        return v == null ? null : new HashSet<>(Arrays.asList(v.split(",")));
    }

    /** Jobs as squeue receives them: started tasks alone, the never-started rest of an array as one row. */
    static List<QueueRow> rows(Controller c, boolean expandArrays) {
        List<QueueRow> rows = new ArrayList<>();
        Map<Long, List<Job>> waiting = new LinkedHashMap<>();
        for (Job j : c.jobs()) {
            if (!expandArrays && j.isArrayTask() && j.state() == JobState.PENDING && j.startTime() == 0
                    && j.restarts() == 0) {
                waiting.computeIfAbsent(j.arrayJobId(), k -> new ArrayList<>()).add(j);
            } else {
                rows.add(new QueueRow(j, null));
            }
        }
        for (List<Job> tasks : waiting.values()) {
            Job first = tasks.get(0);
            if (tasks.size() == 1 && c.arrayTasks(first.arrayJobId()).size() == 1) {
                rows.add(new QueueRow(first, null));
                continue;
            }
            String ranges = ArraySpec.ranges(tasks.stream().map(Job::arrayTaskId).toList());
            if (first.arrayMaxRunning() > 0) {
                ranges += "%" + first.arrayMaxRunning();
            }
            rows.add(new QueueRow(first, ranges));
        }
        return rows;
    }

    private static void sort(List<QueueRow> rows, boolean byStart) {
        rows.sort(Comparator.comparingLong(QueueRow::sortId).thenComparingInt(r -> r.job().arrayTaskId()));
        if (byStart) {
            rows.sort(Comparator.comparingLong(r -> r.job().plannedStart() == 0 ? Long.MAX_VALUE
                    : r.job().plannedStart()));
            return;
        }
        // squeue's default "P,t,-p": stable sorts applied from the last key to the first.
        rows.sort(Comparator.comparingLong((QueueRow r) -> r.job().priority()).reversed());
        rows.sort(Comparator.comparing((QueueRow r) -> r.job().state().compact()));
        rows.sort(Comparator.comparing((QueueRow r) -> r.job().partition().name()));
    }

    private static void render(Controller c, FormatSpec fmt, List<QueueRow> rows, boolean header, StringBuilder out) {
        if (header) {
            out.append(fmt.prefix());
            for (FormatSpec.Item it : fmt.items()) {
                out.append(Columns.field(header(it.letter()), it.width(), it.right())).append(it.suffix());
            }
            out.append('\n');
        }
        for (QueueRow r : rows) {
            out.append(fmt.prefix());
            for (FormatSpec.Item it : fmt.items()) {
                out.append(Columns.field(value(c, r, it.letter()), it.width(), it.right())).append(it.suffix());
            }
            out.append('\n');
        }
    }

    private static final Map<String, Character> LONG_FIELDS = Map.ofEntries(
            Map.entry("jobid", 'i'), Map.entry("jobarrayid", 'i'), Map.entry("arrayjobid", 'A'),
            Map.entry("arraytaskid", 'a'), Map.entry("partition", 'P'), Map.entry("name", 'j'),
            Map.entry("username", 'u'), Map.entry("userid", 'U'), Map.entry("state", 'T'),
            Map.entry("statecompact", 't'), Map.entry("timeused", 'M'), Map.entry("timelimit", 'l'),
            Map.entry("numnodes", 'D'), Map.entry("numcpus", 'C'), Map.entry("nodelist", 'N'),
            Map.entry("reason", 'r'), Map.entry("reasonlist", 'R'), Map.entry("starttime", 'S'),
            Map.entry("submittime", 'V'), Map.entry("endtime", 'e'), Map.entry("priority", 'Q'),
            Map.entry("minmemory", 'm'), Map.entry("schednodes", 'Y'), Map.entry("timeleft", 'L'),
            Map.entry("workdir", 'Z'), Map.entry("command", 'o'), Map.entry("mincpus", 'c'));

    /** -O: comma-separated field names, each 20 wide (or {@code name:N}), left-justified. */
    private static void renderLong(Controller c, String spec, List<QueueRow> rows, boolean header, StringBuilder out) {
        List<FormatSpec.Item> items = new ArrayList<>();
        for (String f : spec.split(",")) {
            String name = f;
            int width = 20;
            boolean right = false;
            int colon = f.indexOf(':');
            if (colon >= 0) {
                name = f.substring(0, colon);
                String w = f.substring(colon + 1);
                if (w.startsWith(".")) {
                    right = true;
                    w = w.substring(1);
                }
                width = w.isEmpty() ? 0 : Integer.parseInt(w);
            }
            Character letter = LONG_FIELDS.get(name.toLowerCase(Locale.ROOT));
            if (letter == null) {
                throw new IllegalArgumentException("squeue: error: Invalid job format specification: " + name);
            }
            items.add(new FormatSpec.Item(letter, width, right, false, ""));
        }
        render(c, new FormatSpec("", items), rows, header, out);
    }

    static String header(char letter) {
        return switch (letter) {
            case 'i' -> "JOBID";
            case 'A' -> "ARRAY_JOB_ID";
            case 'a' -> "ARRAY_TASK_ID";
            case 'P' -> "PARTITION";
            case 'j' -> "NAME";
            case 'u' -> "USER";
            case 'U' -> "UID";
            case 't' -> "ST";
            case 'T' -> "STATE";
            case 'M' -> "TIME";
            case 'l' -> "TIME_LIMIT";
            case 'L' -> "TIME_LEFT";
            case 'D' -> "NODES";
            case 'C' -> "CPUS";
            case 'R' -> "NODELIST(REASON)";
            case 'N' -> "NODELIST";
            case 'r' -> "REASON";
            case 'S' -> "START_TIME";
            case 'V' -> "SUBMIT_TIME";
            case 'e' -> "END_TIME";
            case 'Q' -> "PRIORITY";
            case 'm' -> "MIN_MEMORY";
            case 'c' -> "MIN_CPUS";
            case 'Y' -> "SCHEDNODES";
            case 'Z' -> "WORK_DIR";
            case 'o' -> "COMMAND";
            default -> "";
        };
    }

    static String value(Controller c, QueueRow r, char letter) {
        Job j = r.job();
        boolean pend = j.state() == JobState.PENDING;
        return switch (letter) {
            case 'i' -> r.id();
            case 'A' -> Long.toString(j.isArrayTask() ? j.arrayJobId() : j.id());
            case 'a' -> r.taskRanges() != null ? r.taskRanges() : j.isArrayTask() ? Integer.toString(j.arrayTaskId()) : "N/A";
            case 'P' -> j.partition().name();
            case 'j' -> j.name();
            case 'u' -> j.user();
            case 'U' -> Integer.toString(j.uid());
            case 't' -> j.state().compact();
            case 'T' -> j.state().name();
            case 'M' -> SlurmTimes.compact(JobText.elapsed(c, j));
            case 'l' -> JobText.timeLimit(j);
            case 'L' -> j.timeLimitMinutes() == SlurmTimes.INFINITE ? "UNLIMITED"
                    : SlurmTimes.compact(Math.max(0, j.timeLimitMinutes() * 60 - JobText.elapsed(c, j)));
            case 'D' -> Integer.toString(pend ? Math.max(1, j.requestedNodes()) : j.allocNodeCount());
            case 'C' -> Integer.toString(pend ? j.requestedCpus() : j.allocCpus());
            case 'R' -> JobText.reasonOrNodes(c, j);
            case 'N' -> JobText.nodeList(c, j);
            case 'r' -> JobText.reason(j);
            case 'S' -> pend ? (j.plannedStart() > 0 ? SlurmTimes.date(j.plannedStart()) : "N/A")
                    : SlurmTimes.date(j.startTime());
            case 'V' -> SlurmTimes.date(j.submitTime());
            case 'e' -> pend ? "N/A" : j.state().finished() ? SlurmTimes.date(j.endTime())
                    : j.timeLimitMinutes() == SlurmTimes.INFINITE ? "N/A"
                    : SlurmTimes.date(j.startTime() + j.timeLimitMinutes() * 60);
            case 'Q' -> Long.toString(j.priority());
            case 'm' -> JobText.minMemory(c, j);
            case 'c' -> Integer.toString(j.cpusPerTask());
            case 'Y' -> pend && !c.plannedNodes(j).isEmpty() ? c.plannedNodes(j) : "(null)";
            case 'Z' -> j.workDir();
            case 'o' -> j.command();
            default -> "";
        };
    }
}
