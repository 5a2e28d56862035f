package org.pilab.realcluster.bundle;

/** A bundle cannot be made from what was asked: the message names the value and what to do. */
public final class BundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
