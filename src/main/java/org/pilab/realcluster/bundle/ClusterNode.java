package org.pilab.realcluster.bundle;

/** One Pi of the planned cluster: its host name, static address and whether it is the head. */
public record ClusterNode(String name, String address, boolean head) {
}
