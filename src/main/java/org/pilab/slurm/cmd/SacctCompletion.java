package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * {@code sacct -c} / {@code --completion}: reads the JobCompLoc file on the host where sacct
 * runs and prints one row per line of it, in file order, as SLURM 22.05 does (testbed recordings
 * in src/test/resources/testbed/jobcomp): default fields JobID, UID, JobName, Partition, NNodes,
 * NodeList, State, End; raw ids (an array task is its own raw id); raw values such as
 * {@code Timelimit} in minutes and {@code User} as {@code root(0)}; each ArrayJobId/ArrayTaskId
 * pair of a selected line is reported on stderr as an unknown type. sacct opens the file for
 * appending, so a caller who cannot write it is refused and a missing file is just empty.
 */
final class SacctCompletion {

    private record Column(String name, int width, Function<Map<String, String>, String> value) {
    }

    private static final Map<String, Column> COLUMNS = columns();

    private static final String DEFAULT = "jobid,uid,jobname,partition,nnodes,nodelist,state,end";

    private SacctCompletion() {
    }

    static CommandResult run(String jobCompType, String jobCompLoc, Caller who, Getopt.Parsed p) {
        if (!jobCompType.equalsIgnoreCase(JobCompRecord.FILETXT)) {
            return CommandResult.error("Slurm job completion is disabled\n", 1);
        }
        List<Column> cols = new ArrayList<>();
        String fieldText = p.value("format") != null ? p.value("format") : DEFAULT;
        for (String f : fieldText.split(",")) {
            if (f.isBlank()) {
                continue;
            }
            int pct = f.indexOf('%');
            String name = pct < 0 ? f : f.substring(0, pct);
            Column base = COLUMNS.get(name.toLowerCase(Locale.ROOT));
            if (base == null) {
                return CommandResult.error("sacct: error: Invalid field requested: \"" + name + "\"\n", 1);
            }
            int width = base.width();
            if (pct >= 0) {
                try {
                    int w = Integer.parseInt(f.substring(pct + 1));
                    width = base.width() < 0 ? -w : w;
                } catch (NumberFormatException e) {
                    return CommandResult.error("sacct: error: Invalid field requested: \"" + f + "\"\n", 1);
                }
            }
            cols.add(new Column(base.name(), width, base.value()));
        }
        String path = jobCompLoc;
        String refusal = who.openForAppend(path);
        if (refusal != null) {
            return CommandResult.error("sacct: fatal: open " + path + ": " + refusal + "\n", 1);
        }
        String text = who.read(path);
        Set<String> ids = p.value("jobs") == null ? null : new HashSet<>(Arrays.asList(p.value("jobs").split(",")));
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        boolean parsable = p.has("parsable") || p.has("parsable2");
        String bar = p.has("parsable2") ? "" : "|";
        if (!p.has("noheader")) {
            if (parsable) {
                out.append(String.join("|", cols.stream().map(Column::name).toList())).append(bar).append('\n');
            } else {
                cols.forEach(col -> out.append(Columns.sacctHeader(col.name(), col.width())));
                out.append('\n');
                cols.forEach(col -> out.append("-".repeat(Math.abs(col.width()))).append(' '));
                out.append('\n');
            }
        }
        for (String line : text == null ? new String[0] : text.split("\n")) {
            Map<String, String> rec = fields(line);
            if (rec.isEmpty() || ids != null && !ids.contains(rec.getOrDefault("JobId", ""))) {
                continue;
            }
            for (String unknown : List.of("ArrayJobId", "ArrayTaskId")) {
                if (rec.containsKey(unknown)) {
                    err.append("sacct: error: Unknown type ").append(unknown).append(": ").append(rec.get(unknown))
                            .append('\n');
                }
            }
            List<String> vals = cols.stream().map(col -> col.value().apply(rec)).toList();
            if (parsable) {
                out.append(String.join("|", vals)).append(bar).append('\n');
            } else {
                for (int i = 0; i < cols.size(); i++) {
                    out.append(Columns.sacct(vals.get(i), cols.get(i).width()));
                }
                out.append('\n');
            }
        }
        return new CommandResult(out.toString(), err.toString(), 0);
    }

    /** A record's Key=value pairs in order; like the real reader, it splits on spaces. */
    static Map<String, String> fields(String line) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String word : line.trim().split(" +")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                m.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return m;
    }

    /** The id inside {@code root(0)}. */
    private static String id(String userAndId) {
        int open = userAndId.indexOf('(');
        return open < 0 || !userAndId.endsWith(")") ? userAndId : userAndId.substring(open + 1, userAndId.length() - 1);
    }

    private static String elapsed(Map<String, String> r) {
        try {
            long secs = SlurmTimes.parseDate(r.get("EndTime")) - SlurmTimes.parseDate(r.get("StartTime"));
            return SlurmTimes.padded(Math.max(0, secs));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Map<String, Column> columns() {
        Map<String, Column> m = new LinkedHashMap<>();
        add(m, "JobID", -12, r -> r.getOrDefault("JobId", ""));
        add(m, "JobIDRaw", -12, r -> r.getOrDefault("JobId", ""));
        add(m, "UID", 6, r -> id(r.getOrDefault("UserId", "")));
        add(m, "User", 9, r -> r.getOrDefault("UserId", ""));
        add(m, "GID", 6, r -> id(r.getOrDefault("GroupId", "")));
        add(m, "Group", 9, r -> r.getOrDefault("GroupId", ""));
        add(m, "JobName", 10, r -> r.getOrDefault("Name", ""));
        add(m, "Partition", 10, r -> r.getOrDefault("Partition", ""));
        add(m, "NNodes", 8, r -> r.getOrDefault("NodeCnt", ""));
        add(m, "NodeList", 15, r -> r.getOrDefault("NodeList", ""));
        add(m, "State", 10, r -> r.getOrDefault("JobState", ""));
        add(m, "ExitCode", 8, r -> r.getOrDefault("ExitCode", ""));
        add(m, "DerivedExitCode", 15, r -> r.getOrDefault("DerivedExitCode", ""));
        add(m, "Timelimit", 10, r -> r.getOrDefault("TimeLimit", ""));
        add(m, "Start", 19, r -> r.getOrDefault("StartTime", ""));
        add(m, "End", 19, r -> r.getOrDefault("EndTime", ""));
        add(m, "Submit", 19, r -> r.getOrDefault("SubmitTime", ""));
        add(m, "Eligible", 19, r -> r.getOrDefault("EligibleTime", ""));
        add(m, "Elapsed", 10, SacctCompletion::elapsed);
        add(m, "NCPUS", 10, r -> r.getOrDefault("ProcCnt", ""));
        add(m, "AllocCPUS", 10, r -> r.getOrDefault("ProcCnt", ""));
        add(m, "WorkDir", 20, r -> r.getOrDefault("WorkDir", ""));
        add(m, "Account", 10, r -> r.getOrDefault("Account", ""));
        add(m, "Cluster", 10, r -> r.getOrDefault("Cluster", ""));
        add(m, "AllocTRES", 10, r -> r.getOrDefault("Tres", ""));
        return Map.copyOf(m);
    }

    private static void add(Map<String, Column> m, String name, int width, Function<Map<String, String>, String> f) {
        m.put(name.toLowerCase(Locale.ROOT), new Column(name, width, f));
    }
}
