package org.pilab.realcluster.exec;

/**
 * Something on the cluster side failed (a program is missing, ssh cannot reach the head,
 * sbatch refused a job). The message says what happened, shows the real program's words
 * verbatim, and says what to do.
 */
public class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
