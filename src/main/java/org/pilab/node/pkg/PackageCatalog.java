package org.pilab.node.pkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.OsRelease;
import org.pilab.node.pkg.PackageSpec.PackageEffect;

/**
 * The packages each release's archive offers the lab, with their real version strings
 * (bookworm: slurm 22.05.8, munge 0.5.15, OpenJDK 17; trixie: slurm 24.11.5, munge 0.5.16,
 * OpenJDK 21; Ubuntu 24.04: slurm 23.11.4, munge 0.5.15, OpenJDK 17 and 21).
 */
public final class PackageCatalog {

    private static final Map<String, PackageCatalog> CACHE = new HashMap<>();

    private final OsRelease os;
    private final String arch;
    private final Map<String, PackageSpec> specs = new LinkedHashMap<>();
    private final List<String> base = new ArrayList<>();

    private PackageCatalog(OsRelease os, String arch) {
        this.os = os;
        this.arch = arch;
        defineBase();
        defineCluster();
    }

    /** The archive for a release and Debian architecture ({@code arm64} on the Pis, {@code amd64} on the laptop). */
    public static synchronized PackageCatalog forRelease(OsRelease os, String arch) {
        return CACHE.computeIfAbsent(os + "/" + arch, k -> new PackageCatalog(os, arch));
    }

    public Optional<PackageSpec> find(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /** Packages every image of this release ships with. */
    public List<PackageSpec> basePackages() {
        return base.stream().map(specs::get).toList();
    }

    public OsRelease os() {
        return os;
    }

    /** The systemd units a package owns (removed with it). */
    public static List<String> unitsOf(String pkg) {
        return switch (pkg) {
            case "munge" -> List.of("munge");
            case "slurmd" -> List.of("slurmd");
            case "slurmctld" -> List.of("slurmctld");
            case "nfs-kernel-server" -> List.of("nfs-server");
            case "chrony" -> List.of("chrony");
            case "openssh-server" -> List.of("ssh");
            case "systemd-timesyncd" -> List.of("systemd-timesyncd");
            default -> List.of();
        };
    }

    // ---------------------------------------------------------------- versions per release

    private String v(String bookworm, String trixie, String ubuntu) {
        return switch (os) {
            // Bullseye's own versions are not modelled: it lists Bookworm's (see dhcpcd5 for its own)
            case BULLSEYE, BOOKWORM -> bookworm;
            case TRIXIE -> trixie;
            case UBUNTU -> ubuntu;
        };
    }

    private String arch() {
        return arch;
    }

    private void add(String name, String version, String description, List<String> depends, int downloadKb,
                     int installedKb, List<String> binaries, PackageEffect effect, List<String> conflicts) {
        specs.put(name, new PackageSpec(name, version, arch(), description, depends, downloadKb, installedKb, binaries,
                effect, conflicts));
    }

    private void baseAdd(String name, String version, String description, List<String> binaries) {
        add(name, version, description, List.of(), 200, 800, binaries, PackageEffect.NONE, List.of());
        base.add(name);
    }

    private static List<String> bins(String dir, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(dir + "/" + n);
        }
        return out;
    }

    private void defineBase() {
        baseAdd("apt", v("2.6.1", "3.0.3", "2.8.3"), "commandline package manager", bins("/usr/bin", "apt", "apt-get", "apt-cache"));
        baseAdd("bash", v("5.2.15-2+b7", "5.2.37-2+b5", "5.2.21-2ubuntu4"), "GNU Bourne Again SHell", bins("/usr/bin", "bash"));
        baseAdd("coreutils", v("9.1-1", "9.7-3", "9.4-3ubuntu6.1"), "GNU core utilities",
                bins("/usr/bin", "ls", "cat", "cp", "mv", "rm", "mkdir", "rmdir", "chmod", "chown", "echo", "touch", "wc",
                        "sort", "head", "tail", "tee", "pwd", "true", "false", "whoami", "id", "uname", "nproc", "env",
                        "date", "df", "sleep", "ln", "uniq", "cut", "basename", "dirname", "stat", "yes", "tr", "base64",
                        "sha256sum", "md5sum", "sha1sum", "sha512sum", "dd", "seq", "printf", "install", "test", "["));
        baseAdd("dash", v("0.5.12-2", "0.5.12-12", "0.5.12-6ubuntu5"), "POSIX-compliant shell", bins("/usr/bin", "dash", "sh"));
        baseAdd("sed", v("4.9-1", "4.9-2", "4.9-2build1"), "GNU stream editor for filtering/transforming text",
                bins("/usr/bin", "sed"));
        baseAdd("dpkg", v("1.21.22", "1.22.21", "1.22.6ubuntu6.1"), "Debian package management system", bins("/usr/bin", "dpkg"));
        baseAdd("grep", v("3.8-5", "3.11-4", "3.11-4build1"), "GNU grep, egrep and fgrep", bins("/usr/bin", "grep"));
        baseAdd("gzip", v("1.12-1", "1.13-1", "1.12-1ubuntu3"), "GNU compression utilities", bins("/usr/bin", "gzip", "zcat"));
        baseAdd("hostname", v("3.23+nmu1", "3.25", "3.23+nmu2ubuntu2"), "utility to set/show the host name or domain name",
                bins("/usr/bin", "hostname"));
        baseAdd("debianutils", v("5.7-0.5~deb12u1", "5.23.2", "5.17build1"), "Miscellaneous utilities specific to Debian",
                bins("/usr/bin", "which"));
        baseAdd("init-system-helpers", v("1.65.2", "1.69~deb13u1", "1.66ubuntu1"), "helper tools for all init systems",
                bins("/usr/sbin", "service"));
        baseAdd("iproute2", v("6.1.0-3", "6.15.0-1", "6.1.0-1ubuntu6"), "networking and traffic control tools",
                bins("/usr/bin", "ip", "ss"));
        baseAdd("iputils-ping", v("3:20221126-1+deb12u1", "3:20240905-3", "3:20240117-1build1"),
                "Tools to test the reachability of network hosts", bins("/usr/bin", "ping"));
        baseAdd("iw", v("5.19-1", "6.9-1", "6.7-1build2"), "tool for configuring Linux wireless devices", bins("/usr/sbin", "iw"));
        baseAdd("netcat-openbsd", v("1.219-1", "1.229-1", "1.226-1ubuntu2"), "TCP/IP swiss army knife", bins("/usr/bin", "nc"));
        baseAdd("libc-bin", v("2.36-9+rpt2+deb12u12", "2.41-12", "2.39-0ubuntu8.6"), "GNU C Library: Binaries",
                bins("/usr/bin", "getent"));
        baseAdd("less", v("590-2.1~deb12u2", "668-1", "590-2ubuntu2.1"), "pager program similar to more", bins("/usr/bin", "less"));
        baseAdd("nano", v("7.2-1+deb12u1", "8.4-1", "7.2-2ubuntu0.1"), "small, friendly text editor inspired by Pico",
                bins("/usr/bin", "nano"));
        baseAdd("openssh-client", v("1:9.2p1-2+deb12u7", "1:10.0p1-7", "1:9.6p1-3ubuntu13.14"),
                "secure shell (SSH) client, for secure access to remote machines",
                bins("/usr/bin", "ssh", "scp", "ssh-keygen", "ssh-copy-id"));
        baseAdd("openssh-server", v("1:9.2p1-2+deb12u7", "1:10.0p1-7", "1:9.6p1-3ubuntu13.14"),
                "secure shell (SSH) server, for secure access from remote machines", bins("/usr/sbin", "sshd"));
        baseAdd("openssl", v("3.0.17-1~deb12u2", "3.5.1-1", "3.0.13-0ubuntu3.6"),
                "Secure Sockets Layer toolkit - cryptographic utility", bins("/usr/bin", "openssl"));
        baseAdd("procps", v("2:4.0.2-3", "2:4.0.4-9", "2:4.0.4-4ubuntu3.2"), "/proc file system utilities",
                bins("/usr/bin", "free", "uptime", "ps"));
        baseAdd("sudo", v("1.9.13p3-1+deb12u2", "1.9.16p2-3", "1.9.15p5-3ubuntu5.24.04.1"),
                "Provide limited super user privileges to specific users", bins("/usr/bin", "sudo"));
        baseAdd("systemd", v("252.38-1~deb12u1", "257.8-1~deb13u2", "255.4-1ubuntu8.11"), "system and service manager",
                bins("/usr/bin", "systemctl", "journalctl", "hostnamectl", "timedatectl"));
        baseAdd("systemd-sysv", v("252.38-1~deb12u1", "257.8-1~deb13u2", "255.4-1ubuntu8.11"),
                "system and service manager - SysV compatibility symlinks", bins("/usr/sbin", "reboot", "poweroff", "shutdown"));
        baseAdd("systemd-timesyncd", v("252.38-1~deb12u1", "257.8-1~deb13u2", "255.4-1ubuntu8.11"),
                "minimalistic service to synchronize local time with NTP servers", List.of());
        baseAdd("util-linux", v("2.38.1-5+deb12u3", "2.41-5", "2.39.3-9ubuntu6.3"), "miscellaneous system utilities",
                bins("/usr/bin", "more", "mount", "umount", "su"));
        baseAdd("passwd", v("1:4.13+dfsg1-1+deb12u1", "1:4.17.4-2", "1:4.13+dfsg1-4ubuntu3.2"),
                "change and administer password and group data", List.of("/usr/sbin/useradd", "/usr/sbin/usermod", "/usr/bin/passwd"));
        if (os.usesNetplan()) {
            baseAdd("netplan.io", "1.1.2-2~ubuntu24.04.2", "Declarative network configuration for various backends",
                    bins("/usr/sbin", "netplan"));
        } else if (os.usesDhcpcd()) {
            baseAdd("dhcpcd5", "1:8.1.2-1+rpt1", "DHCPv4, IPv6RA and DHCPv6 client with IPv4LL support",
                    bins("/usr/sbin", "dhcpcd"));
        } else {
            baseAdd("network-manager", v("1.42.4-1+rpt1", "1.52.1-1+rpt1", ""), "network management framework (daemon and userspace tools)",
                    bins("/usr/bin", "nmcli"));
        }
        if (os.isRaspberryPiOs()) {
            baseAdd("raspi-utils-core", v("20250214-1~bookworm", "20250916-1", ""), "Raspberry Pi hardware utilities",
                    bins("/usr/bin", "vcgencmd"));
        } else {
            baseAdd("libraspberrypi-bin", "0~20230225+git6da4e7f-0ubuntu3", "Miscellaneous Raspberry Pi utilities",
                    bins("/usr/bin", "vcgencmd"));
        }
        if (os.usesCloudInit()) {
            baseAdd("cloud-init", v("", "25.2-1", "25.1.4-0ubuntu0~24.04.1"), "initialization and customization tool for cloud instances",
                    bins("/usr/bin", "cloud-init"));
        }
    }

    private void defineCluster() {
        String munge = v("0.5.15-2", "0.5.16-1", "0.5.15-4build1");
        String slurm = v("22.05.8-4+deb12u3", "24.11.5-4", "23.11.4-1.2ubuntu5");
        String nfs = v("1:2.6.2-4+deb12u1", "1:2.8.3-1", "1:2.6.4-3ubuntu5.1");
        add("libmunge2", munge, "authentication service for credential -- library package", List.of(), 19, 62,
                List.of(), PackageEffect.NONE, List.of());
        add("munge", munge, "authentication service to create and validate credentials", List.of("libmunge2"), 88, 384,
                List.of("/usr/bin/munge", "/usr/bin/unmunge", "/usr/bin/remunge", "/usr/sbin/munged", "/usr/sbin/mungekey"),
                PackageScripts::munge, List.of());
        add("slurm-wlm-basic-plugins", slurm, "SLURM basic plugins", List.of("munge"), 1080, 4120, List.of(),
                PackageEffect.NONE, List.of());
        add("slurm-client", slurm, "SLURM client side commands", List.of("munge", "slurm-wlm-basic-plugins"), 880, 3060,
                bins("/usr/bin", "sinfo", "squeue", "sbatch", "scancel", "scontrol", "sacct", "srun", "salloc", "sstat",
                        "sprio", "sshare", "sacctmgr", "sreport", "sattach", "sbcast", "sdiag", "strigger"),
                PackageScripts::slurmCommon, List.of());
        add("slurmd", slurm, "SLURM compute node daemon", List.of("munge", "slurm-wlm-basic-plugins", "slurm-client"),
                360, 1180, List.of("/usr/sbin/slurmd", "/usr/sbin/slurmstepd"), PackageScripts::slurmd, List.of());
        add("slurmctld", slurm, "SLURM central management daemon",
                List.of("munge", "slurm-wlm-basic-plugins", "slurm-client"), 500, 1640,
                List.of("/usr/sbin/slurmctld"), PackageScripts::slurmctld, List.of());
        add("slurm-wlm", slurm, "Simple Linux Utility for Resource Management",
                List.of("slurmd", "slurmctld", "slurm-client"), 12, 40, List.of(), PackageEffect.NONE, List.of());
        add("rpcbind", v("1.2.6-6+b1", "1.2.7-1", "1.2.6-7ubuntu2"), "converts RPC program numbers into universal addresses",
                List.of(), 47, 140, List.of("/usr/sbin/rpcbind"), PackageEffect.NONE, List.of());
        add("nfs-common", nfs, "NFS support files common to client and server", List.of("rpcbind"), 260, 1000,
                List.of("/usr/sbin/mount.nfs", "/usr/sbin/showmount"), PackageEffect.NONE, List.of());
        add("nfs-kernel-server", nfs, "support for NFS kernel server", List.of("nfs-common"), 140, 560,
                List.of("/usr/sbin/exportfs"), PackageScripts::nfsServer, List.of());
        add("chrony", v("4.3-2+deb12u1", "4.6.1-3", "4.5-1ubuntu4.2"), "Versatile implementation of the Network Time Protocol",
                List.of(), 280, 680, List.of("/usr/bin/chronyc", "/usr/sbin/chronyd"), PackageScripts::chrony,
                List.of("systemd-timesyncd"));
        if (os != OsRelease.TRIXIE) {
            add("openjdk-17-jre-headless", v("17.0.16+8-1~deb12u1", "", "17.0.16+8~us1-0ubuntu1~24.04.1"),
                    "OpenJDK Java runtime, using Hotspot JIT (headless)", List.of(), 43_000, 190_000,
                    List.of("/usr/bin/java"), PackageEffect.NONE, List.of());
        }
        if (os != OsRelease.BOOKWORM) {
            add("openjdk-21-jre-headless", v("", "21.0.8+9-1", "21.0.8+9~us1-0ubuntu1~24.04.1"),
                    "OpenJDK Java runtime, using Hotspot JIT (headless)", List.of(), 45_000, 200_000,
                    List.of("/usr/bin/java"), PackageEffect.NONE, List.of());
        }
    }
}
