package org.pilab.slurm.cmd;

import java.util.List;
import java.util.Locale;
import org.pilab.slurm.ctl.ArraySpec;
import org.pilab.slurm.ctl.JobRequest;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * The job options sbatch and srun share, applied to a {@link JobRequest} with each tool's own
 * error wording ({@code sbatch: error: Invalid --time specification}).
 */
final class JobOptions {

    static final List<Getopt.Opt> OPTS = List.of(
            Getopt.arg("job-name", 'J'), Getopt.arg("partition", 'p'), Getopt.arg("nodes", 'N'), Getopt.arg("nodelist", 'w'),
            Getopt.arg("exclude", 'x'),
            Getopt.arg("ntasks", 'n'), Getopt.arg("cpus-per-task", 'c'), Getopt.arg("mem", '\0'),
            Getopt.arg("mem-per-cpu", '\0'), Getopt.arg("time", 't'), Getopt.arg("output", 'o'),
            Getopt.arg("error", 'e'), Getopt.arg("array", 'a'), Getopt.arg("wrap", '\0'),
            Getopt.flag("parsable", '\0'), Getopt.arg("dependency", 'd'), Getopt.arg("open-mode", '\0'),
            Getopt.arg("chdir", 'D'), Getopt.arg("begin", 'b'), Getopt.flag("exclusive", '\0'),
            Getopt.flag("requeue", '\0'), Getopt.flag("no-requeue", '\0'), Getopt.flag("hold", 'H'),
            Getopt.arg("nice", '\0'), Getopt.arg("account", 'A'), Getopt.flag("quiet", 'Q'),
            Getopt.arg("ntasks-per-node", '\0'), Getopt.flag("help", 'h'), Getopt.flag("usage", '\0'),
            Getopt.flag("version", 'V'), Getopt.flag("verbose", 'v'), Getopt.arg("mail-type", '\0'),
            Getopt.arg("mail-user", '\0'), Getopt.arg("comment", '\0'), Getopt.arg("export", '\0'),
            Getopt.flag("wait", 'W'));

    private JobOptions() {
    }

    /**
     * Applies parsed options to the request.
     *
     * @param prog "sbatch" or "srun", for error lines
     * @param maxArraySize MaxArraySize (indices must stay below it)
     * @param now virtual time, for --begin=now+60
     */
    static void apply(String prog, Getopt.Parsed p, JobRequest r, int maxArraySize, long now) throws UsageException {
        for (Getopt.Hit h : p.hits()) {
            String v = h.value();
            switch (h.name()) {
                case "job-name" -> r.name(v);
                case "partition" -> r.partition(v);
                case "nodelist" -> r.nodeList(v);
                case "exclude" -> r.exclude(v);
                case "nodes" -> r.nodes(positive(prog, v, "invalid node count `" + v + "'"));
                case "ntasks" -> r.ntasks(positive(prog, v, "invalid number of tasks (-n " + v + ")"));
                case "cpus-per-task" -> r.cpusPerTask(positive(prog, v, "Invalid numeric value \"" + v
                        + "\" for --cpus-per-task."));
                case "mem" -> r.memPerNode(memory(prog, v, "--mem"));
                case "mem-per-cpu" -> r.memPerCpu(memory(prog, v, "--mem-per-cpu"));
                case "time" -> {
                    try {
                        r.timeLimitMinutes(SlurmTimes.parseLimitMinutes(v));
                    } catch (IllegalArgumentException e) {
                        // slurm_opt.c ends with exit(-1) here: status 255, as the testbed shows.
                        throw new UsageException(prog + ": error: Invalid --time specification\n", 255);
                    }
                }
                case "output" -> r.output(v);
                case "error" -> r.error(v);
                case "array" -> {
                    try {
                        r.array(ArraySpec.parse(v, Integer.MAX_VALUE));
                    } catch (IllegalArgumentException e) {
                        // sbatch 22.05 passes the text on; slurmctld refuses it (no job id is used).
                        throw new UsageException(prog + ": error: Batch job submission failed: "
                                + "Invalid job array specification\n", 1);
                    }
                }
                case "dependency" -> r.dependency(v);
                case "open-mode" -> {
                    if (!v.equals("append") && !v.equals("truncate")) {
                        throw new UsageException(prog + ": error: Invalid --open-mode argument: " + v
                                + ". Ignored\n", 1);
                    }
                    r.openAppend(v.equals("append"));
                }
                case "chdir" -> r.workDir(v);
                case "begin" -> r.beginTime(begin(prog, v, now));
                case "exclusive" -> r.exclusive(true);
                case "requeue" -> r.requeue(true);
                case "no-requeue" -> r.requeue(false);
                case "hold" -> r.hold(true);
                case "nice" -> r.nice(positiveOrZero(prog, v));
                case "account" -> r.account(v);
                default -> {
                    // Options accepted for compatibility that the virtual cluster does not model.
                }
            }
        }
    }

    private static int positive(String prog, String v, String message) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to SLURM's message
        }
        throw new UsageException(prog + ": error: " + message + "\n", 1);
    }

    private static int positiveOrZero(String prog, String v) throws UsageException {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(prog + ": error: Invalid nice value \"" + v + "\"\n", 1);
        }
    }

    /** --mem units: plain MB, or K/M/G/T suffix. */
    static long memory(String prog, String v, String option) throws UsageException {
        String s = v.trim().toUpperCase(Locale.ROOT);
        long mult = 1;
        if (s.endsWith("K")) {
            s = s.substring(0, s.length() - 1);
            mult = -1024;
        } else if (s.endsWith("M")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("G")) {
            s = s.substring(0, s.length() - 1);
            mult = 1024;
        } else if (s.endsWith("T")) {
            s = s.substring(0, s.length() - 1);
            mult = 1024 * 1024;
        }
        try {
            long n = Long.parseLong(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return mult < 0 ? (n + 1023) / 1024 : n * mult;
        } catch (NumberFormatException e) {
            // slurm_opt.c: error() then exit(-1), status 255 (seen on the testbed for --mem=abc).
            throw new UsageException(prog + ": error: Invalid " + option + " specification\n", 255);
        }
    }

    private static long begin(String prog, String v, long now) throws UsageException {
        try {
            if (v.equals("now")) {
                return now;
            }
            if (v.startsWith("now+")) {
                String off = v.substring(4);
                long mult = 1;
                if (off.endsWith("minutes")) {
                    mult = 60;
                    off = off.substring(0, off.length() - 7);
                } else if (off.endsWith("hours")) {
                    mult = 3600;
                    off = off.substring(0, off.length() - 5);
                } else if (off.endsWith("seconds")) {
                    off = off.substring(0, off.length() - 7);
                }
                return now + Long.parseLong(off) * mult;
            }
            return SlurmTimes.parseDate(v);
        } catch (RuntimeException e) {
            // parse_time() prints its own line without the program prefix, then sbatch exits(-1).
            throw new UsageException("Invalid time specification (pos=0): " + v + "\n"
                    + prog + ": error: Invalid --begin specification\n", 255);
        }
    }
}
