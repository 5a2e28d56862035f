package org.pilab.slurm.cmd;

import java.util.function.Function;

/**
 * Who runs a command and from where: user name and uid, working directory, host, a reader for
 * files (batch scripts) that returns null when the file does not exist, and an opener that
 * opens a file for appending as this user (creating it when missing) and returns null when
 * that worked, else the error text ({@code Permission denied}), as sacct -c needs.
 */
public record Caller(String user, int uid, String cwd, String host, Function<String, String> files,
        Function<String, String> appendOpener) {

    /** A caller for whom every file can be opened for appending (an in-memory file store). */
    public Caller(String user, int uid, String cwd, String host, Function<String, String> files) {
        this(user, uid, cwd, host, files, path -> null);
    }

    /** Reads a file relative to the working directory, or null. */
    public String read(String path) {
        return files.apply(absolute(path));
    }

    /** Opens a file for appending: null when that worked, else why not. */
    public String openForAppend(String path) {
        return appendOpener.apply(absolute(path));
    }

    private String absolute(String path) {
        return path.startsWith("/") ? path : (cwd.endsWith("/") ? cwd : cwd + "/") + path;
    }
}
