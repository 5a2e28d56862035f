package org.pilab.slurm.cmd;

import java.util.function.Function;

/**
 * Who runs a command and from where: user name and uid, working directory, host, and a reader
 * for files (batch scripts) that returns null when the file does not exist.
 */
public record Caller(String user, int uid, String cwd, String host, Function<String, String> files) {

    /** Reads a file relative to the working directory, or null. */
    public String read(String path) {
        return files.apply(path.startsWith("/") ? path : (cwd.endsWith("/") ? cwd : cwd + "/") + path);
    }
}
