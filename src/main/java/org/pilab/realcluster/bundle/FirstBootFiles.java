package org.pilab.realcluster.bundle;

import java.util.List;

/**
 * What goes on a node's boot partition before its first boot: {@code custom.toml} for
 * Raspberry Pi OS Bookworm, cloud-init {@code user-data}, {@code meta-data} and
 * {@code network-config} for Trixie and Ubuntu. Each sets the host name, creates the user with
 * the public key and switches SSH password logins off. No password is set at all: the user
 * logs in with the key, and sudo needs none (as on the images' default user).
 */
public final class FirstBootFiles {

    private FirstBootFiles() {
    }

    /** The files for {@code node}, with paths relative to the bundle. */
    public static List<BundleFile> forNode(ClusterPlan plan, ClusterNode node) {
        String dir = "boot/" + node.name() + "/";
        if (plan.os().firstBoot() == OsRelease.FirstBoot.CUSTOM_TOML) {
            return List.of(BundleFile.text(dir + "custom.toml", customToml(plan, node)));
        }
        return List.of(BundleFile.text(dir + "user-data", userData(plan, node)),
                BundleFile.text(dir + "meta-data", metaData(plan, node)),
                BundleFile.text(dir + "network-config", networkConfig(plan, node)));
    }

    static String customToml(ClusterPlan plan, ClusterNode node) {
        return "# Raspberry Pi OS Bookworm first-boot settings for " + node.name() + " (boot partition).\n"
                + "# Key-only SSH: no password is set, password logins are off.\n"
                + "# The static address " + node.address() + " is set by bootstrap/" + (node.head() ? "head.sh" : "node.sh")
                + " (NetworkManager).\n"
                + "config_version = 1\n\n"
                + "[system]\n"
                + "hostname = " + toml(node.name()) + "\n\n"
                + "[user]\n"
                + "name = " + toml(plan.user()) + "\n\n"
                + "[ssh]\n"
                + "enabled = true\n"
                + "password_authentication = false\n"
                + "authorized_keys = [ " + toml(plan.key().line()) + " ]\n\n"
                + "[locale]\n"
                + "timezone = \"UTC\"\n";
    }

    static String userData(ClusterPlan plan, ClusterNode node) {
        return "#cloud-config\n"
                + "# First-boot settings for " + node.name() + " (" + plan.os().displayName() + ").\n"
                + "# Key-only SSH: the user has no password and password logins are off.\n"
                + "hostname: " + yaml(node.name()) + "\n"
                + "preserve_hostname: false\n"
                + "manage_etc_hosts: false\n"
                + "ssh_pwauth: false\n"
                + "disable_root: true\n"
                + "users:\n"
                + "  - name: " + yaml(plan.user()) + "\n"
                + "    groups: [adm, sudo]\n"
                + "    shell: /bin/bash\n"
                + "    lock_passwd: true\n"
                + "    sudo: \"ALL=(ALL) NOPASSWD:ALL\"\n"
                + "    ssh_authorized_keys:\n"
                + "      - " + yaml(plan.key().line()) + "\n"
                + "timezone: UTC\n";
    }

    static String metaData(ClusterPlan plan, ClusterNode node) {
        return "instance-id: " + yaml(plan.name() + "-" + node.name()) + "\n"
                + "local-hostname: " + yaml(node.name()) + "\n";
    }

    static String networkConfig(ClusterPlan plan, ClusterNode node) {
        return "# Static address of " + node.name() + " (netplan version 2, read by cloud-init).\n"
                + "network:\n"
                + "  version: 2\n"
                + "  ethernets:\n"
                + "    eth0:\n"
                + "      dhcp4: false\n"
                + "      addresses: [" + node.address() + "/" + plan.subnet().prefixLength() + "]\n"
                + "      routes:\n"
                + "        - to: default\n"
                + "          via: " + plan.gateway() + "\n"
                + "      nameservers:\n"
                + "        addresses: [" + plan.gateway() + "]\n";
    }

    /** A TOML basic string. */
    static String toml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A YAML double-quoted scalar. */
    static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
