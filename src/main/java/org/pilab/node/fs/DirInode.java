package org.pilab.node.fs;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A directory: a sorted map of names to inodes. */
public final class DirInode extends Inode {

    private final TreeMap<String, Inode> entries = new TreeMap<>();

    public DirInode(int uid, int gid, int mode, long mtimeMillis) {
        super(uid, gid, mode, mtimeMillis);
    }

    public SortedMap<String, Inode> entries() {
        return Collections.unmodifiableSortedMap(entries);
    }

    Inode get(String name) {
        return entries.get(name);
    }

    void put(String name, Inode inode) {
        entries.put(name, inode);
    }

    Inode remove(String name) {
        return entries.remove(name);
    }

    @Override
    public char typeChar() {
        return 'd';
    }

    @Override
    public long size() {
        return 4096;
    }
}
