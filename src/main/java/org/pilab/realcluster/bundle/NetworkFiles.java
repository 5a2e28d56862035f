package org.pilab.realcluster.bundle;

/** /etc/hosts lines, the head's NFS export and the compute nodes' fstab line. */
public final class NetworkFiles {

    private NetworkFiles() {
    }

    /** The block every node adds to /etc/hosts (the bootstrap scripts keep it between markers). */
    public static String hosts(ClusterPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(plan.name()).append(": every node, on every node (SLURM and NFS find each other by name)\n");
        for (ClusterNode n : plan.nodes()) {
            out.append(n.address()).append('\t').append(n.name()).append('\n');
        }
        return out.toString();
    }

    /**
     * /etc/exports on the head: the shared folder for the cluster's subnet only. root_squash
     * (the default) keeps a compute node's root from owning the head's files.
     */
    public static String exports(ClusterPlan plan) {
        return "# /etc/exports on " + plan.head() + ": " + plan.sharedDir() + " for the cluster's subnet only\n"
                + plan.sharedDir() + " " + plan.subnet() + "(rw,sync,no_subtree_check,root_squash)\n";
    }

    /** The compute nodes' /etc/fstab line: mount when first used, after the network is up. */
    public static String fstab(ClusterPlan plan) {
        return "# /etc/fstab line on every node but " + plan.head() + "\n"
                + plan.head() + ":" + plan.sharedDir() + " " + plan.sharedDir()
                + " nfs defaults,_netdev,x-systemd.automount,x-systemd.mount-timeout=30 0 0\n";
    }
}
