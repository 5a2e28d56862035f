package org.pilab.slurm.conf;

import java.util.ArrayList;
import java.util.List;

/**
 * One problem found in slurm.conf.
 *
 * @param severity whether slurmctld would refuse to start
 * @param file the file name as slurmctld would print it
 * @param line 1-based line number; for whole-file problems (no nodes, no SlurmctldHost) the
 *        last line of the file, where the missing setting would go
 * @param key the key concerned, or null when the line has no recognisable key
 * @param logLines what the daemon logs, without the {@code slurmctld: } prefix, e.g.
 *        {@code error: _parse_next_key: Parsing error at unrecognized key: FooBarKey};
 *        empty when slurmctld prints nothing at its default log level (the hint still helps)
 * @param hint one line on what to do about it
 */
public record Diagnostic(Severity severity, String file, int line, String key,
        List<String> logLines, String hint) {

    public Diagnostic {
        logLines = List.copyOf(logLines);
        // A refused file with nothing logged leaves the learner with a dead daemon and silent
        // clients: every error must say, in the daemon's words, why it stops.
        if (severity == Severity.ERROR && logLines.stream().noneMatch(l -> l.startsWith("fatal:"))) {
            throw new IllegalArgumentException("an ERROR diagnostic for " + file + " line " + line
                    + " needs the fatal: line slurmctld stops with, got " + logLines);
        }
    }

    /** The log lines as slurmctld prints them: {@code slurmctld: error: ...}. */
    public List<String> slurmctldLines() {
        return logLines("slurmctld");
    }

    /** The log lines as {@code daemon} (slurmctld, slurmd, ...) prints them. */
    public List<String> logLines(String daemon) {
        List<String> out = new ArrayList<>(logLines.size());
        for (String l : logLines) {
            // An empty entry is a bare newline slurmctld printed (after Bad EnforcePartLimits).
            out.add(l.isEmpty() ? "" : daemon + ": " + l);
        }
        return out;
    }

    /** A short description for editors and lesson checks: where, what slurmctld says, what to do. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(" line ").append(line).append(": ")
                .append(severity.name().toLowerCase(java.util.Locale.ROOT));
        for (String l : slurmctldLines()) {
            sb.append(System.lineSeparator()).append("  ").append(l);
        }
        sb.append(System.lineSeparator()).append("  hint: ").append(hint);
        return sb.toString();
    }
}
