package org.pilab.node.fs;

/** A symbolic link (systemd's enablement links, /etc/alternatives and the like). */
public final class LinkInode extends Inode {

    private final String target;

    public LinkInode(int uid, int gid, long mtimeMillis, String target) {
        super(uid, gid, 0777, mtimeMillis);
        this.target = target;
    }

    public String target() {
        return target;
    }

    @Override
    public char typeChar() {
        return 'l';
    }

    @Override
    public long size() {
        return target.length();
    }
}
