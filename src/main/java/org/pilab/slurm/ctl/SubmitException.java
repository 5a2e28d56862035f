package org.pilab.slurm.ctl;

/** slurmctld refused a submission; the message is SLURM's error text (slurm_strerror). */
public final class SubmitException extends Exception {

    private static final long serialVersionUID = 1L;

    public SubmitException(String slurmMessage) {
        super(slurmMessage);
    }
}
