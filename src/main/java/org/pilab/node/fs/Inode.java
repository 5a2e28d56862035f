package org.pilab.node.fs;

/**
 * A file-system object. Mutable on purpose: an NFS share is the very same {@link DirInode}
 * object mounted on several hosts, so a write on one host is seen on all of them.
 */
public abstract sealed class Inode permits DirInode, FileInode, LinkInode {

    private int uid;
    private int gid;
    private int mode;
    private long mtimeMillis;

    protected Inode(int uid, int gid, int mode, long mtimeMillis) {
        this.uid = uid;
        this.gid = gid;
        this.mode = mode & 07777;
        this.mtimeMillis = mtimeMillis;
    }

    public int uid() {
        return uid;
    }

    public int gid() {
        return gid;
    }

    /** Permission bits (including setuid/setgid/sticky), without the file-type bits. */
    public int mode() {
        return mode;
    }

    public long mtimeMillis() {
        return mtimeMillis;
    }

    void owner(int newUid, int newGid) {
        this.uid = newUid;
        this.gid = newGid;
    }

    void mode(int newMode) {
        this.mode = newMode & 07777;
    }

    void touch(long millis) {
        this.mtimeMillis = millis;
    }

    /** The type letter {@code ls -l} prints first. */
    public abstract char typeChar();

    /** Size in bytes as {@code ls -l} shows it. */
    public abstract long size();
}
