package org.pilab.node.account;

import java.util.List;

/** A line of /etc/group. */
public record Group(String name, int gid, List<String> members) {

    public Group {
        members = List.copyOf(members);
    }

    public String groupLine() {
        return name + ":x:" + gid + ":" + String.join(",", members);
    }
}
