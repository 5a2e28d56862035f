package org.pilab.node.fs;

/**
 * A failed file-system call. Commands turn it into the line a real tool prints, e.g.
 * {@code cat: /etc/munge/munge.key: Permission denied}.
 */
public final class FsException extends RuntimeException {

    private final Errno errno;
    private final String path;

    public FsException(Errno errno, String path) {
        super(path + ": " + errno.message());
        this.errno = errno;
        this.path = path;
    }

    public Errno errno() {
        return errno;
    }

    public String path() {
        return path;
    }

    /** The strerror text alone, for tools that print their own prefix. */
    public String reason() {
        return errno.message();
    }
}
