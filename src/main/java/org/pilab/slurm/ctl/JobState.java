package org.pilab.slurm.ctl;

/** Job states with squeue's compact code ({@code %t}) and the long name ({@code %T}, scontrol, sacct). */
public enum JobState {
    PENDING("PD"),
    RUNNING("R"),
    COMPLETING("CG"),
    COMPLETED("CD"),
    FAILED("F"),
    TIMEOUT("TO"),
    CANCELLED("CA"),
    NODE_FAIL("NF"),
    OUT_OF_MEMORY("OOM");

    private final String compact;

    JobState(String compact) {
        this.compact = compact;
    }

    public String compact() {
        return compact;
    }

    /** True once the job has ended (no longer pending, running or completing). */
    public boolean finished() {
        return this != PENDING && this != RUNNING && this != COMPLETING;
    }

    /** Parses a state as squeue -t accepts it: compact code or long name, any case. */
    public static JobState parse(String text) {
        for (JobState s : values()) {
            if (s.compact.equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Invalid job state specified: " + text);
    }
}
