package org.pilab.slurm.conf;

import java.util.List;

/**
 * slurm.conf has a problem that stops slurmctld. Carries the first such problem (line, key,
 * slurmctld's own words, a hint) and every diagnostic found.
 */
public final class ConfParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic first;
    private final transient List<Diagnostic> all;

    public ConfParseException(Diagnostic first, List<Diagnostic> all) {
        super(first.describe());
        this.first = first;
        this.all = List.copyOf(all);
    }

    public int line() {
        return first.line();
    }

    public String key() {
        return first.key();
    }

    public List<String> slurmctldLines() {
        return first.slurmctldLines();
    }

    public String hint() {
        return first.hint();
    }

    public Diagnostic diagnostic() {
        return first;
    }

    public List<Diagnostic> diagnostics() {
        return all;
    }
}
