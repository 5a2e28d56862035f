package org.pilab.hardware;

/** The catalogue file is missing or inconsistent, or an unknown id was asked for. */
public final class CatalogueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
