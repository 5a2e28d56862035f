package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.List;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.JobState;
import org.pilab.slurm.ctl.PriorityFactors;
import org.pilab.slurm.ctl.SchedulerSettings;

/**
 * sprio: the weighted priority factors of pending jobs ({@code %.15i %9r %.10Y %.10S} plus one
 * column per factor whose weight is non-zero); {@code -w} prints the weights. Needs
 * priority/multifactor, as the real tool does.
 */
public final class Sprio {

    private static final List<Getopt.Opt> OPTS = List.of(
            Getopt.flag("weights", 'w'), Getopt.arg("jobs", 'j'), Getopt.arg("user", 'u'),
            Getopt.arg("partition", 'p'), Getopt.flag("noheader", 'h'), Getopt.flag("long", 'l'),
            Getopt.flag("help", '\0'), Getopt.flag("usage", '\0'), Getopt.flag("version", 'V'));

    private Sprio() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        Getopt.Parsed p;
        try {
            p = Getopt.parse("sprio", args, OPTS, false);
        } catch (UsageException e) {
            return e.result();
        }
        SchedulerSettings s = c.settings();
        if (!s.multifactor()) {
            return CommandResult.error("You are not running a supported priority plugin\n(" + s.priorityType()
                    + ").\nOnly 'priority/multifactor' is supported.\n", 1);
        }
        StringBuilder fmt = new StringBuilder("%.15i %9r");
        if (p.value("user") != null) {
            fmt.append(" %.8u");
        }
        fmt.append(" %.10Y %.10S");
        if (s.weightAge() != 0) {
            fmt.append(" %.10A");
        }
        if (s.weightFairshare() != 0) {
            fmt.append(" %.10F");
        }
        if (s.weightJobSize() != 0) {
            fmt.append(" %.10J");
        }
        if (s.weightPartition() != 0) {
            fmt.append(" %.10P");
        }
        if (s.weightQos() != 0) {
            fmt.append(" %.10Q");
        }
        FormatSpec spec = FormatSpec.parse(fmt.toString());
        StringBuilder out = new StringBuilder();
        if (!p.has("noheader")) {
            for (FormatSpec.Item it : spec.items()) {
                out.append(Columns.field(header(it.letter()), it.width(), it.right())).append(it.suffix());
            }
            out.append('\n');
        }
        if (p.has("weights")) {
            for (FormatSpec.Item it : spec.items()) {
                String v = switch (it.letter()) {
                    case 'i' -> "Weights";
                    case 'S' -> "1";
                    case 'A' -> Long.toString(s.weightAge());
                    case 'F' -> Long.toString(s.weightFairshare());
                    case 'J' -> Long.toString(s.weightJobSize());
                    case 'P' -> Long.toString(s.weightPartition());
                    case 'Q' -> Long.toString(s.weightQos());
                    default -> "";
                };
                out.append(Columns.field(v, it.width(), it.right())).append(it.suffix());
            }
            out.append('\n');
            return CommandResult.ok(out.toString());
        }
        List<Job> jobs = new ArrayList<>();
        for (Job j : c.jobs()) {
            if (j.state() != JobState.PENDING) {
                continue;
            }
            if (p.value("user") != null && !List.of(p.value("user").split(",")).contains(j.user())
                    || p.value("partition") != null && !List.of(p.value("partition").split(",")).contains(
                            j.partition().name())
                    || p.value("jobs") != null && !List.of(p.value("jobs").split(",")).contains(Long.toString(
                            j.isArrayTask() ? j.arrayJobId() : j.id()))) {
                continue;
            }
            jobs.add(j);
        }
        if (p.value("jobs") != null && jobs.isEmpty()) {
            return CommandResult.ok("Unable to find jobs matching user/id(s) specified\n");
        }
        for (Job j : jobs) {
            PriorityFactors f = c.priorityFactors(j);
            for (FormatSpec.Item it : spec.items()) {
                String v = switch (it.letter()) {
                    case 'i' -> j.isArrayTask() ? Long.toString(j.arrayJobId()) : Long.toString(j.id());
                    case 'r' -> j.partition().name();
                    case 'u' -> j.user();
                    case 'Y' -> Long.toString(f.total());
                    case 'S' -> "0";
                    case 'A' -> Long.toString(f.age());
                    case 'F' -> Long.toString(f.fairshare());
                    case 'J' -> Long.toString(f.jobSize());
                    case 'P' -> Long.toString(f.partition());
                    case 'Q' -> Long.toString(f.qos());
                    default -> "";
                };
                out.append(Columns.field(v, it.width(), it.right())).append(it.suffix());
            }
            out.append('\n');
        }
        return CommandResult.ok(out.toString());
    }

    private static String header(char l) {
        return switch (l) {
            case 'i' -> "JOBID";
            case 'r' -> "PARTITION";
            case 'u' -> "USER";
            case 'Y' -> "PRIORITY";
            case 'S' -> "SITE";
            case 'A' -> "AGE";
            case 'F' -> "FAIRSHARE";
            case 'J' -> "JOBSIZE";
            case 'P' -> "PARTITION";
            case 'Q' -> "QOS";
            default -> "";
        };
    }
}
