package org.pilab.node.imaging;

import java.util.List;

import org.pilab.node.Host;
import org.pilab.node.OsRelease;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.net.DhcpcdConf;
import org.pilab.node.pkg.PackageSpec;
import org.pilab.node.service.StandardUnits;
import org.pilab.node.ssh.SshKeys;

/**
 * The contents of a freshly written image: directory tree, /etc files, standard groups, base
 * packages and units. ssh is installed but NOT enabled on Raspberry Pi OS (first boot enables
 * it when asked); Ubuntu Server enables it.
 */
public final class BaseImage {

    private static final String[][] GROUPS = {
        {"adm", "4"}, {"dialout", "20"}, {"cdrom", "24"}, {"sudo", "27"}, {"audio", "29"}, {"shadow", "42"},
        {"video", "44"}, {"plugdev", "46"}, {"staff", "50"}, {"games", "60"}, {"users", "100"},
        {"systemd-journal", "999"}, {"input", "995"}, {"render", "994"}, {"netdev", "993"},
    };

    private BaseImage() {
    }

    public static void install(Host host) {
        OsRelease os = host.os();
        VirtualFileSystem fs = host.fs();
        for (String d : List.of("/boot/firmware", "/dev", "/etc/ssh/sshd_config.d", "/etc/sudoers.d", "/etc/systemd/system",
                "/etc/apt/sources.list.d", "/home", "/mnt", "/opt", "/proc", "/run", "/srv", "/usr/bin", "/usr/sbin",
                "/usr/share/doc", "/var/lib/apt/lists", "/var/lib/dpkg", "/var/log", "/var/cache/apt")) {
            fs.installDir(d, 0, 0, 0755);
        }
        fs.installDir("/root", 0, 0, 0700);
        fs.installDir("/tmp", 0, 0, 01777);
        fs.installDir("/var/tmp", 0, 0, 01777);
        fs.install("/dev/null", "", 0, 0, 0666);
        fs.install("/etc/os-release", os.osReleaseFile(), 0, 0, 0644);
        String defaultName = host.hardware().isRaspberryPi() ? (os == OsRelease.UBUNTU ? "ubuntu" : "raspberrypi") : host.id();
        fs.install("/etc/hostname", defaultName + "\n", 0, 0, 0644);
        fs.install("/etc/hosts", hostsFile(defaultName), 0, 0, 0644);
        fs.install("/etc/fstab", fstab(host), 0, 0, 0644);
        fs.install("/etc/ssh/sshd_config", SSHD_CONFIG, 0, 0, 0644);
        fs.install("/etc/sudoers", "Defaults\tenv_reset\nDefaults\tmail_badpass\n"
                + "Defaults\tsecure_path=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n\n"
                + "root\tALL=(ALL:ALL) ALL\n%sudo\tALL=(ALL:ALL) ALL\n\n@includedir /etc/sudoers.d\n", 0, 0, 0440);
        fs.install("/etc/apt/sources.list", sources(os), 0, 0, 0644);
        fs.install("/etc/timezone", "Etc/UTC\n", 0, 0, 0644);
        fs.install("/proc/cgroups", CGROUPS, 0, 0, 0444);
        fs.install("/proc/cpuinfo", cpuinfo(host), 0, 0, 0444);
        fs.install("/var/lib/dpkg/lock-frontend", "", 0, 0, 0640);
        fs.install("/var/lib/apt/lists/lock", "", 0, 0, 0640);
        for (String[] g : GROUPS) {
            host.accounts().addGroup(g[0], Integer.parseInt(g[1]));
        }
        if (host.hardware().isRaspberryPi()) {
            for (String g : List.of("gpio", "i2c", "spi")) {
                host.accounts().addGroup(g);
            }
        }
        host.accounts().addSystemUser("messagebus", "/nonexistent", "");
        host.accounts().addSystemUser("systemd-timesync", "/", "systemd Time Synchronization");
        host.accounts().addSystemUser("sshd", "/run/sshd", "");
        host.accounts().addSystemUser("avahi", "/run/avahi-daemon", "Avahi mDNS daemon,,,");
        for (PackageSpec p : host.packages().catalog().basePackages()) {
            host.packages().markInstalled(p);
        }
        host.services().define(StandardUnits.ssh());
        host.services().define(StandardUnits.timesyncd());
        host.services().setEnabled("systemd-timesyncd", true);
        if (os.usesNetworkManager()) {
            host.services().define(StandardUnits.networkManager());
            host.services().setEnabled("NetworkManager", true);
        }
        if (os.usesDhcpcd()) {
            fs.install(DhcpcdConf.PATH, DhcpcdConf.STOCK, 0, 0, 0664);
            host.services().define(StandardUnits.dhcpcd());
            host.services().setEnabled("dhcpcd", true);
        }
        if (os.usesNetplan()) {
            fs.installDir("/etc/netplan", 0, 0, 0755);
            fs.install("/etc/netplan/50-cloud-init.yaml", "network:\n  version: 2\n  ethernets:\n    eth0:\n"
                    + "      dhcp4: true\n      optional: true\n", 0, 0, 0600);
        }
        if (os == OsRelease.UBUNTU && host.hardware().isRaspberryPi()) {
            host.services().setEnabled("ssh", true);
        }
        SshKeys.generateHostKeys(host);
        fs.chmod("/root", 0700, FsCredentials.ROOT);
    }

    static String hostsFile(String name) {
        return "127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\nff02::1\t\tip6-allnodes\n"
                + "ff02::2\t\tip6-allrouters\n\n127.0.1.1\t\t" + name + "\n";
    }

    private static String fstab(Host host) {
        if (!host.hardware().isRaspberryPi()) {
            return "# /etc/fstab: static file system information.\nUUID=3f1c2a9e-5d1b-4c7e-9a51-0c2b6f1d8e42 /    ext4 errors=remount-ro 0 1\n";
        }
        return "proc            /proc           proc    defaults          0       0\n"
                + "PARTUUID=4e639091-01  /boot/firmware  vfat    defaults          0       2\n"
                + "PARTUUID=4e639091-02  /               ext4    defaults,noatime  0       1\n";
    }

    private static String sources(OsRelease os) {
        return switch (os) {
            case BULLSEYE -> "deb http://deb.debian.org/debian bullseye main contrib non-free\n"
                    + "deb http://security.debian.org/debian-security bullseye-security main contrib non-free\n"
                    + "deb http://deb.debian.org/debian bullseye-updates main contrib non-free\n";
            case BOOKWORM -> "deb http://deb.debian.org/debian bookworm main contrib non-free non-free-firmware\n"
                    + "deb http://deb.debian.org/debian-security/ bookworm-security main contrib non-free non-free-firmware\n"
                    + "deb http://deb.debian.org/debian bookworm-updates main contrib non-free non-free-firmware\n";
            case TRIXIE -> "deb http://deb.debian.org/debian trixie main contrib non-free non-free-firmware\n"
                    + "deb http://deb.debian.org/debian-security/ trixie-security main contrib non-free non-free-firmware\n"
                    + "deb http://deb.debian.org/debian trixie-updates main contrib non-free non-free-firmware\n";
            case UBUNTU -> "deb http://ports.ubuntu.com/ubuntu-ports noble main restricted universe multiverse\n"
                    + "deb http://ports.ubuntu.com/ubuntu-ports noble-updates main restricted universe multiverse\n"
                    + "deb http://ports.ubuntu.com/ubuntu-ports noble-security main restricted universe multiverse\n";
        };
    }

    private static String cpuinfo(Host host) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < host.hardware().cpus(); i++) {
            sb.append("processor\t: ").append(i).append("\nBogoMIPS\t: 108.00\nCPU implementer\t: 0x41\n\n");
        }
        sb.append("Model\t\t: ").append(host.hardware().model()).append('\n');
        return sb.toString();
    }

    /** The Pi kernel ships memory cgroups disabled (enable with cmdline.txt flags). */
    private static final String CGROUPS = """
            #subsys_name	hierarchy	num_cgroups	enabled
            cpuset	0	55	1
            cpu	0	55	1
            cpuacct	0	55	1
            blkio	0	55	1
            memory	0	55	0
            devices	0	55	1
            freezer	0	55	1
            net_cls	0	55	1
            perf_event	0	55	1
            net_prio	0	55	1
            pids	0	55	1
            """;

    private static final String SSHD_CONFIG = """

            # This is the sshd server system-wide configuration file.  See
            # sshd_config(5) for more information.

            Include /etc/ssh/sshd_config.d/*.conf

            #Port 22
            #AddressFamily any
            #ListenAddress 0.0.0.0

            #PermitRootLogin prohibit-password
            #PubkeyAuthentication yes

            # Expect .ssh/authorized_keys2 to be disregarded by default in future.
            #AuthorizedKeysFile	.ssh/authorized_keys .ssh/authorized_keys2

            # To disable tunneled clear text passwords, change to no here!
            #PasswordAuthentication yes
            #PermitEmptyPasswords no

            KbdInteractiveAuthentication no

            UsePAM yes

            X11Forwarding yes
            PrintMotd no

            AcceptEnv LANG LC_*

            Subsystem	sftp	/usr/lib/openssh/sftp-server
            """;
}
