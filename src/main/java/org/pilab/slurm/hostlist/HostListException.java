package org.pilab.slurm.hostlist;

/** A host list expression that SLURM would not accept; the message names the position. */
public final class HostListException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public HostListException(String message) {
        super(message);
    }
}
