package org.pilab.slurm.conf;

import java.util.ArrayList;
import java.util.List;

/**
 * What parsing slurm.conf gave: the config as far as it could be read, and every diagnostic in
 * the order slurmctld would log it.
 */
public record ParseResult(SlurmConfig config, List<Diagnostic> diagnostics) {

    static final String FATAL_UNABLE = "fatal: Unable to process configuration file";

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True if slurmctld would refuse to start with this file. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** The config, or a {@link ConfParseException} for the first error. */
    public SlurmConfig orThrow() {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                throw new ConfParseException(d, diagnostics);
            }
        }
        return config;
    }

    /**
     * The lines {@code slurmctld -D} would print while reading this file, e.g.
     * {@code slurmctld: error: ...} then one {@code slurmctld: fatal: ...}: parse errors of
     * every line, then "Unable to process configuration file"; a fatal met while reading a
     * line ends the output there.
     */
    public List<String> slurmctldLog() {
        return log("slurmctld");
    }

    /** As {@link #slurmctldLog()} for another daemon reading the same file (e.g. slurmd). */
    public List<String> log(String daemon) {
        List<String> out = new ArrayList<>();
        boolean unable = false;
        for (Diagnostic d : diagnostics) {
            for (String line : d.logLines()) {
                if (line.equals(FATAL_UNABLE)) {
                    unable = true;
                } else {
                    out.add(line.isEmpty() ? "" : daemon + ": " + line);
                    if (line.startsWith("fatal:")) {
                        return out; // the daemon exits at its first fatal line
                    }
                }
            }
        }
        if (unable) {
            out.add(daemon + ": " + FATAL_UNABLE);
        }
        return out;
    }
}
