package org.pilab.node.fs;

import java.nio.charset.StandardCharsets;

/** A regular file holding text. */
public final class FileInode extends Inode {

    private String content;

    public FileInode(int uid, int gid, int mode, long mtimeMillis, String content) {
        super(uid, gid, mode, mtimeMillis);
        this.content = content;
    }

    public String content() {
        return content;
    }

    void content(String newContent) {
        this.content = newContent;
    }

    @Override
    public char typeChar() {
        return '-';
    }

    @Override
    public long size() {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }
}
