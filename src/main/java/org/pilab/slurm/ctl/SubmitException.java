package org.pilab.slurm.ctl;

/** slurmctld refused a submission; the message is SLURM's error text (slurm_strerror). */
public final class SubmitException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The line slurmctld sends back before the error, e.g. "Memory specification can not be satisfied". */
    private final String detail;
    /** slurmctld had already made a job record: it used a job id and logs the job as FAILED. */
    private final boolean recorded;

    public SubmitException(String slurmMessage) {
        this(slurmMessage, "", false);
    }

    SubmitException(String slurmMessage, String detail, boolean recorded) {
        super(slurmMessage);
        this.detail = detail;
        this.recorded = recorded;
    }

    /** The explanation sbatch prints as its own error line before the failure, or "". */
    public String detail() {
        return detail;
    }

    /** True when the refused job still took a job id and shows in sacct as FAILED 1:0. */
    public boolean recorded() {
        return recorded;
    }
}
