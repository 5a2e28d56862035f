package org.pilab.realcluster.bundle;

import java.util.List;

/** The bundle's README: what each file is for and the steps, in order, from SD cards to sbatch. */
public final class BundleReadme {

    private BundleReadme() {
    }

    public static String render(ClusterPlan plan) {
        ClusterNode head = plan.headNode();
        List<ClusterNode> nodes = plan.nodes();
        String user = plan.user();
        String first = nodes.get(0).name();
        String last = nodes.get(nodes.size() - 1).name();
        boolean cloudInit = plan.os().firstBoot() == OsRelease.FirstBoot.CLOUD_INIT;
        String reach = cloudInit ? "its static address" : "NAME.local (the address is still from DHCP)";
        StringBuilder o = new StringBuilder();
        o.append("# Cluster ").append(plan.name()).append(": ").append(plan.nodeCount()).append(" x ")
                .append(plan.model().displayName()).append("\n\n")
                .append("Made by `pilab cluster init`. OS: ").append(plan.os().displayName()).append(" (slurm-wlm ")
                .append(plan.os().slurmVersion()).append("). Subnet ").append(plan.subnet()).append(", router and DNS ")
                .append(plan.gateway()).append(". Head node ").append(head.name()).append(" (").append(head.address())
                .append(") runs slurmctld, serves ").append(plan.sharedDir()).append(" over NFS and computes too.\n\n")
                .append("This folder holds no password, private key or munge key: the munge key is created on the\n")
                .append("head node and copied from there over SSH.\n\n");
        o.append("| node | address |\n|---|---|\n");
        for (ClusterNode n : nodes) {
            o.append("| ").append(n.name()).append(n.head() ? " (head)" : "").append(" | ").append(n.address())
                    .append(" |\n");
        }
        o.append("\n## Files\n\n")
                .append("- `boot/NODE/`: copy onto that node's SD card boot partition (`bootfs`) after flashing. ")
                .append(cloudInit
                        ? "cloud-init `user-data` (host name, user `" + user + "` with your key, password logins off),"
                                + " `meta-data` and `network-config` (static address)."
                        : "`custom.toml` (host name, user `" + user + "` with your key, SSH with password logins off).")
                .append("\n- `hosts`: the block every node adds to /etc/hosts.\n")
                .append("- `slurm.conf`, `cgroup.conf`: go to /etc/slurm/ on every node (the bootstrap scripts install them).\n")
                .append("- `exports` (head) and `fstab` (other nodes): the shared folder ").append(plan.sharedDir())
                .append(".\n")
                .append("- `chrony-head.conf`, `chrony-node.conf`: time sync (munge rejects skewed clocks).\n")
                .append("- `cluster.env`: the cluster as the scripts read it.\n")
                .append("- `bootstrap/head.sh`, `bootstrap/node.sh`: set up a node; safe to run again.\n")
                .append("- `bootstrap/copy-munge-key.sh`: run on your computer; copies the head's munge key to the nodes.\n")
                .append("- `sbatch/backtest.sbatch`, `sbatch/sweep.sbatch`: example jobs (what `pilab cluster submit` writes).\n");
        o.append("\n## Steps\n\n")
                .append("1. Flash ").append(plan.os().displayName()).append(" onto ").append(plan.nodeCount())
                .append(" SD cards (Raspberry Pi Imager, no customisation: the bundle does it).\n")
                .append("2. Copy `boot/").append(first).append("/*` onto the first card's boot partition, `boot/")
                .append(nodes.size() > 1 ? nodes.get(1).name() : first).append("/*` onto the second, ... up to `boot/")
                .append(last).append("/*`.\n")
                .append("3. Connect every Pi to the switch and power them up. Check that you can log in with your key:\n")
                .append("   `ssh ").append(user).append("@").append(cloudInit ? head.address() : head.name() + ".local")
                .append(" true`.\n")
                .append("4. Copy this folder to every node (use ").append(reach).append("):\n")
                .append("   `scp -r BUNDLE ").append(user).append("@").append(cloudInit ? head.address() : head.name() + ".local")
                .append(":pilab-bundle` (and the same for each node).\n")
                .append("5. On the head node: `ssh ").append(user).append("@")
                .append(cloudInit ? head.address() : head.name() + ".local")
                .append(" sudo bash pilab-bundle/bootstrap/head.sh`\n")
                .append("6. On each other node: `ssh ").append(user).append("@NODE sudo bash pilab-bundle/bootstrap/node.sh NODE`\n")
                .append("   (e.g. `node.sh ").append(nodes.size() > 1 ? nodes.get(1).name() : first).append("`).\n")
                .append("7. Reboot every node once (`sudo reboot`): memory cgroups")
                .append(cloudInit ? "" : " and the static addresses").append(" take effect.\n")
                .append("8. On your computer: `bash BUNDLE/bootstrap/copy-munge-key.sh` (every node gets the head's key;\n")
                .append("   it checks each node with `munge -n | ssh NODE unmunge`).\n")
                .append("9. Check on the head node: `sinfo` shows ").append(plan.nodeCount())
                .append(" nodes idle; `srun -N ").append(plan.nodeCount()).append(" hostname` prints ").append(first)
                .append("..").append(last).append(".\n")
                .append("   A node `down*` or `drain`: `sinfo -R` says why; fix it, then\n")
                .append("   `sudo scontrol update nodename=NODE state=resume`.\n")
                .append("10. Put the engine on the shared folder: `scp target/pilab.jar ").append(user).append("@")
                .append(head.address()).append(":").append(plan.sharedDir()).append("/pilab/pilab.jar`\n")
                .append("    (the bootstrap scripts installed ").append(plan.os().javaPackage())
                .append(" on every node to run it).\n")
                .append("11. Submit from your computer: `pilab cluster submit datasets/examples/momentum_sweep.json --via ssh ")
                .append(user).append("@").append(head.address()).append("`,\n")
                .append("    then `pilab cluster status JOBID --via ssh ...` and `pilab cluster results JOBID`.\n");
        o.append("\nNo Pis yet? `sudo pilab cluster testbed up --conf BUNDLE/slurm.conf --lab /tmp/lab` runs this\n")
                .append("slurm.conf with the real SLURM daemons on one Linux machine (see cluster-mode/testbed/README.md).\n");
        return o.toString();
    }
}
