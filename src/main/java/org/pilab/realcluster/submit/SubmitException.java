package org.pilab.realcluster.submit;

import org.pilab.realcluster.exec.ClusterException;

/** A submission cannot go ahead (bad spec for the cluster, missing jar, sbatch refused). */
public final class SubmitException extends ClusterException {

    private static final long serialVersionUID = 1L;

    public SubmitException(String message) {
        super(message);
    }

    public SubmitException(String message, Throwable cause) {
        super(message, cause);
    }
}
