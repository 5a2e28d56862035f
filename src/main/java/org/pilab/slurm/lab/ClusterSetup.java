package org.pilab.slurm.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The command lines that take a networked rack to a working SLURM cluster, as the solutions of
 * lessons 02-04 type them on the laptop: wired only, static addresses, /etc/hosts, the head
 * node's key, chrony with the head as time server, /clusterfs over NFS, munge with one key,
 * slurm.conf everywhere, the daemons. The scenario builders run them through the real shell, so
 * {@code slurm-ready} is exactly what a learner who did those lessons has.
 */
final class ClusterSetup {

    private ClusterSetup() {
    }

    /** The address lesson 02 gives the n-th node (1-based): 10.0.0.11, 10.0.0.12, ... */
    static String staticAddress(int n) {
        return "10.0.0." + (10 + n);
    }

    /** Lesson 02: wired only, static addresses (each node reboots), then everybody's /etc/hosts. */
    static List<String> network(List<String> nodes, List<Boolean> wired) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String n = nodes.get(i);
            if (wired.get(i)) {
                lines.add("ssh " + n + " sudo nmcli radio wifi off");
                lines.add("ssh " + n + " 'sudo nmcli con mod \"Wired connection 1\" ipv4.addresses " + staticAddress(i + 1)
                        + "/24 ipv4.gateway 10.0.0.1 ipv4.dns 10.0.0.1 ipv4.method manual && sudo reboot'");
            }
        }
        lines.add("sleep 60");
        return lines;
    }

    /** The /etc/hosts lines of the cluster. */
    static String hostsBlock(List<String> nodes, List<String> addresses) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            sb.append(addresses.get(i)).append(' ').append(nodes.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** Lines that give every node the head node's key (lesson 02) and chrony, NFS (lesson 03). */
    static List<String> services(List<String> nodes) {
        String head = nodes.get(0);
        List<String> lines = new ArrayList<>();
        lines.add("ssh " + head + " 'ssh-keygen -t ed25519 -N \"\" -f ~/.ssh/id_ed25519'");
        for (String n : nodes) {
            lines.add("ssh " + head + " cat .ssh/id_ed25519.pub | ssh " + n + " 'cat >> .ssh/authorized_keys'");
        }
        for (String n : nodes) {
            // the head's first ssh to each node answers the host-key question once, as the learner does
            lines.add("ssh " + head + " ssh " + n + " true");
        }
        for (String n : nodes) {
            lines.add("ssh " + n + " 'sudo apt update && sudo apt install -y chrony'");
        }
        lines.add("ssh " + head + " \"echo 'allow 10.0.0.0/24' | sudo tee /etc/chrony/conf.d/cluster.conf\"");
        lines.add("ssh " + head + " \"echo 'local stratum 10' | sudo tee -a /etc/chrony/conf.d/cluster.conf\"");
        lines.add("ssh " + head + " sudo systemctl restart chrony");
        for (String n : nodes.subList(1, nodes.size())) {
            lines.add("ssh " + n + " \"echo 'server " + head + " iburst prefer' | sudo tee /etc/chrony/conf.d/cluster.conf\"");
            lines.add("ssh " + n + " sudo systemctl restart chrony");
        }
        lines.add("sleep 30");
        lines.add("ssh " + head + " sudo apt install -y nfs-kernel-server");
        lines.add("ssh " + head + " sudo mkdir -p /clusterfs");
        lines.add("ssh " + head + " sudo chown pi:pi /clusterfs");
        lines.add("ssh " + head + " \"echo '/clusterfs 10.0.0.0/24(rw,sync,no_subtree_check)' | sudo tee -a /etc/exports\"");
        lines.add("ssh " + head + " sudo exportfs -ra");
        for (String n : nodes.subList(1, nodes.size())) {
            lines.add("ssh " + n + " sudo apt install -y nfs-common");
            lines.add("ssh " + n + " sudo mkdir -p /clusterfs");
            lines.add("ssh " + n + " \"echo '" + head + ":/clusterfs /clusterfs nfs defaults,_netdev 0 0' | sudo tee -a /etc/fstab\"");
            lines.add("ssh " + n + " sudo systemctl daemon-reload");
            lines.add("ssh " + n + " sudo mount /clusterfs");
        }
        return lines;
    }

    /** Where the builder puts the cluster's slurm.conf on the laptop before copying it out. */
    static final String CONF_ON_LAPTOP = "~/slurm.conf";

    /** Lesson 04: packages, one munge key, slurm.conf (from {@link #CONF_ON_LAPTOP}) everywhere, daemons. */
    static List<String> slurm(List<String> nodes) {
        String head = nodes.get(0);
        List<String> lines = new ArrayList<>();
        lines.add("ssh " + head + " 'sudo apt install -y slurm-wlm munge'");
        for (String n : nodes.subList(1, nodes.size())) {
            lines.add("ssh " + n + " 'sudo apt install -y slurmd slurm-client munge'");
        }
        for (String n : nodes.subList(1, nodes.size())) {
            lines.add("ssh " + head + " sudo cat /etc/munge/munge.key | ssh " + n + " sudo tee /etc/munge/munge.key >/dev/null");
            lines.add("ssh " + n + " sudo systemctl restart munge");
        }
        for (String n : nodes) {
            lines.add("cat " + CONF_ON_LAPTOP + " | ssh " + n + " sudo tee /etc/slurm/slurm.conf >/dev/null");
        }
        lines.add("rm " + CONF_ON_LAPTOP);
        lines.add("ssh " + head + " sudo systemctl enable --now slurmctld");
        for (String n : nodes) {
            lines.add("ssh " + n + " sudo systemctl enable --now slurmd");
        }
        lines.add("sleep 10");
        return lines;
    }
}
