package org.pilab.node.service;

import java.util.List;

import org.pilab.node.OsRelease;

/** The unit files of the packages the lab installs, as the packages define them. */
public final class StandardUnits {

    private StandardUnits() {
    }

    public static UnitFile munge() {
        return new UnitFile("munge", "MUNGE authentication service", UnitType.FORKING, "/usr/sbin/munged $OPTIONS",
                "munged", null, List.of("man:munged(8)"), true, 4, List.of());
    }

    public static UnitFile slurmd(OsRelease os) {
        return new UnitFile("slurmd", "Slurm node daemon", UnitType.SIMPLE, "/usr/sbin/slurmd -D -s $SLURMD_OPTIONS",
                "slurmd", "/etc/slurm/slurm.conf", List.of("man:slurmd(8)"), true, 1, List.of());
    }

    public static UnitFile slurmctld(OsRelease os) {
        return new UnitFile("slurmctld", "Slurm controller daemon", UnitType.SIMPLE,
                "/usr/sbin/slurmctld -D -s $SLURMCTLD_OPTIONS", "slurmctld", "/etc/slurm/slurm.conf",
                List.of("man:slurmctld(8)"), true, 10, List.of());
    }

    public static UnitFile nfsServer() {
        return new UnitFile("nfs-server", "NFS server and services", UnitType.ONESHOT, "/usr/sbin/rpc.nfsd",
                "rpc.nfsd", null, List.of(), false, 0, List.of("nfs-kernel-server"));
    }

    public static UnitFile chrony() {
        return new UnitFile("chrony", "chrony, an NTP client/server", UnitType.FORKING, "/usr/sbin/chronyd $DAEMON_OPTS",
                "chronyd", null, List.of("man:chronyd(8)", "man:chronyc(1)", "man:chrony.conf(5)"), true, 2,
                List.of("chronyd"));
    }

    public static UnitFile ssh() {
        return new UnitFile("ssh", "OpenBSD Secure Shell server", UnitType.NOTIFY, "/usr/sbin/sshd -D $SSHD_OPTS",
                "sshd", null, List.of("man:sshd(8)", "man:sshd_config(5)"), false, 1, List.of("sshd"));
    }

    public static UnitFile timesyncd() {
        return new UnitFile("systemd-timesyncd", "Network Time Synchronization", UnitType.NOTIFY,
                "/lib/systemd/systemd-timesyncd", "systemd-timesyncd", null, List.of("man:systemd-timesyncd.service(8)"),
                false, 2, List.of());
    }

    public static UnitFile networkManager() {
        return new UnitFile("NetworkManager", "Network Manager", UnitType.NOTIFY, "/usr/sbin/NetworkManager --no-daemon",
                "NetworkManager", null, List.of("man:NetworkManager(8)"), false, 3, List.of());
    }

    /** dhcpcd on Bullseye and older: owns the interfaces and applies /etc/dhcpcd.conf when it starts. */
    public static UnitFile dhcpcd() {
        return new UnitFile("dhcpcd", "dhcpcd on all interfaces", UnitType.FORKING, "/usr/sbin/dhcpcd -q -b",
                "dhcpcd", null, List.of("man:dhcpcd(8)"), false, 1, List.of("dhcpcd5"));
    }
}
