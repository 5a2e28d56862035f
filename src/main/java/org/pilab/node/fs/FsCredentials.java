package org.pilab.node.fs;

import java.util.Set;

/** Who is asking: the uid, primary gid and supplementary groups of a process. */
public record FsCredentials(int uid, int gid, Set<Integer> groups) {

    public static final int NOBODY_UID = 65534;
    public static final int NOGROUP_GID = 65534;
    public static final FsCredentials ROOT = new FsCredentials(0, 0, Set.of(0));
    /** What root becomes on an NFS export with root_squash. */
    public static final FsCredentials NOBODY = new FsCredentials(NOBODY_UID, NOGROUP_GID, Set.of(NOGROUP_GID));

    public FsCredentials {
        groups = Set.copyOf(groups);
    }

    public boolean isRoot() {
        return uid == 0;
    }

    public boolean inGroup(int g) {
        return gid == g || groups.contains(g);
    }
}
