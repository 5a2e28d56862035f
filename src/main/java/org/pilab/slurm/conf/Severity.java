package org.pilab.slurm.conf;

/** How slurmctld reacts to a problem in slurm.conf. */
public enum Severity {
    /** slurmctld refuses to start (it logs error: lines, then fatal:). */
    ERROR,
    /** slurmctld starts but logs error: and uses a default or the latest value. */
    WARNING,
    /** slurmctld logs an informational line (e.g. a change of default partition). */
    NOTICE
}
