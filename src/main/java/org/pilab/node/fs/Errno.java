package org.pilab.node.fs;

/** The errno values the virtual file system can raise, with the text strerror(3) gives them. */
public enum Errno {
    ENOENT("No such file or directory"),
    EACCES("Permission denied"),
    EPERM("Operation not permitted"),
    ENOTDIR("Not a directory"),
    EISDIR("Is a directory"),
    EEXIST("File exists"),
    ENOTEMPTY("Directory not empty"),
    EINVAL("Invalid argument"),
    ELOOP("Too many levels of symbolic links");

    private final String message;

    Errno(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
