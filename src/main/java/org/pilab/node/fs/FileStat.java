package org.pilab.node.fs;

/** What stat(2) tells about a path (after following links unless asked not to). */
public record FileStat(String path, char type, int mode, int uid, int gid, long size, long mtimeMillis,
                       String linkTarget) {

    public boolean isDirectory() {
        return type == 'd';
    }

    public boolean isFile() {
        return type == '-';
    }

    /** Permission string as ls shows it, e.g. {@code -rw-r--r--}. */
    public String modeString() {
        return type + FileModes.toRwx(mode);
    }
}
