package org.pilab.node.pkg;

import java.util.Base64;
import java.util.SplittableRandom;

import org.pilab.node.Host;
import org.pilab.node.OsRelease;
import org.pilab.node.account.Account;
import org.pilab.node.service.ServiceManager;
import org.pilab.node.service.StandardUnits;
import org.pilab.node.service.UnitFile;

/**
 * What the cluster packages' maintainer scripts do on install, per the packages themselves:
 * munge makes its user, directories and (if none exists) its OWN random key; the slurm packages
 * make user slurm (uid 64030), /var/lib/slurm/..., /var/log/slurm and an /etc/slurm holding only
 * plugstack.conf; units are enabled and started (and a start is skipped while
 * ConditionPathExists fails).
 */
final class PackageScripts {

    static final String MUNGE_KEY = "/etc/munge/munge.key";
    private static final int SLURM_UID = 64030;

    private PackageScripts() {
    }

    static void munge(Host host, StringBuilder log) {
        Account munge = host.accounts().addSystemUser("munge", "/nonexistent", "");
        int u = munge.uid();
        host.fs().installDir("/etc/munge", u, u, 0700);
        host.fs().installDir("/var/log/munge", u, u, 0700);
        host.fs().installDir("/var/lib/munge", u, u, 0711);
        host.fs().install("/etc/default/munge", "# Defaults for munge initscript\n#OPTIONS=\"\"\n", 0, 0, 0644);
        if (!host.fs().exists(MUNGE_KEY)) {
            host.fs().install(MUNGE_KEY, newMungeKey(host.random("munge-key")), u, u, 0400);
        }
        enableAndStart(host, StandardUnits.munge(), log);
    }

    /** A key as {@code mungekey -c} makes one: 1024 random bytes (stored base64 as text). */
    static String newMungeKey(SplittableRandom random) {
        byte[] key = new byte[1024];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key) + "\n";
    }

    static void slurmCommon(Host host, StringBuilder log) {
        host.accounts().addSystemUserWithId("slurm", SLURM_UID, "/nonexistent", "SLURM Workload Manager");
        host.fs().installDir("/etc/slurm", 0, 0, 0755);
        host.fs().install("/etc/slurm/plugstack.conf", "include /etc/slurm/plugstack.conf.d/*.conf\n", 0, 0, 0644);
        host.fs().installDir("/var/lib/slurm", SLURM_UID, SLURM_UID, 0755);
        host.fs().installDir("/var/lib/slurm/checkpoint", SLURM_UID, SLURM_UID, 0755);
        host.fs().installDir("/var/log/slurm", SLURM_UID, SLURM_UID, 0755);
        String doc = "/usr/share/doc/slurm-client/examples/";
        host.fs().install(doc + "slurm.conf.simple.gz", SlurmExamples.SLURM_CONF_SIMPLE, 0, 0, 0644);
        host.fs().install(doc + "cgroup.conf.gz", SlurmExamples.CGROUP_CONF, 0, 0, 0644);
    }

    static void slurmd(Host host, StringBuilder log) {
        slurmCommon(host, log);
        host.fs().installDir("/var/lib/slurm/slurmd", SLURM_UID, SLURM_UID, 0755);
        host.fs().install("/etc/default/slurmd", "# Additional options that are passed to the slurmd daemon\n#SLURMD_OPTIONS=\"\"\n",
                0, 0, 0644);
        enableAndStart(host, StandardUnits.slurmd(host.os()), log);
    }

    static void slurmctld(Host host, StringBuilder log) {
        slurmCommon(host, log);
        host.fs().installDir("/var/lib/slurm/slurmctld", SLURM_UID, SLURM_UID, 0755);
        host.fs().install("/etc/default/slurmctld",
                "# Additional options that are passed to the slurmctld daemon\n#SLURMCTLD_OPTIONS=\"\"\n", 0, 0, 0644);
        host.fs().install("/usr/share/doc/slurmctld/README.Debian", """
                slurmctld for Debian
                --------------------

                No /etc/slurm/slurm.conf is installed: the daemons will not start until you write one.
                Build it with the configurator (/usr/share/doc/slurmctld/slurm-wlm-configurator.html)
                or start from /usr/share/doc/slurm-client/examples/slurm.conf.simple.gz, and put the
                SAME file on every node of the cluster.
                """, 0, 0, 0644);
        host.fs().install("/usr/share/doc/slurmctld/slurm-wlm-configurator.html",
                "<html><body><h1>Slurm Version " + host.packages().installedVersion("slurmctld").orElse("22.05.8")
                        .replaceAll("^(\\d+\\.\\d+).*", "$1") + " Configuration Tool</h1></body></html>\n", 0, 0, 0644);
        enableAndStart(host, StandardUnits.slurmctld(host.os()), log);
    }

    static void nfsServer(Host host, StringBuilder log) {
        if (!host.fs().exists("/etc/exports")) {
            host.fs().install("/etc/exports", """
                    # /etc/exports: the access control list for filesystems which may be exported
                    #		to NFS clients.  See exports(5).
                    #
                    # Example for NFSv2 and NFSv3:
                    # /srv/homes       hostname1(rw,sync,no_subtree_check) hostname2(ro,sync,no_subtree_check)
                    #
                    # Example for NFSv4:
                    # /srv/nfs4        gss/krb5i(rw,sync,fsid=0,crossmnt,no_subtree_check)
                    # /srv/nfs4/homes  gss/krb5i(rw,sync,no_subtree_check)
                    #
                    """, 0, 0, 0644);
        }
        enableAndStart(host, StandardUnits.nfsServer(), log);
    }

    static void chrony(Host host, StringBuilder log) {
        host.accounts().addSystemUser("_chrony", "/var/lib/chrony", "Chrony daemon");
        String pool = host.os() == OsRelease.UBUNTU
                ? "# See http://www.pool.ntp.org/join.html for more information.\n"
                        + "pool ntp.ubuntu.com        iburst maxsources 4\n"
                        + "pool 0.ubuntu.pool.ntp.org iburst maxsources 1\n"
                        + "pool 1.ubuntu.pool.ntp.org iburst maxsources 1\n"
                        + "pool 2.ubuntu.pool.ntp.org iburst maxsources 2\n"
                : "# Use Debian vendor zone.\npool 2.debian.pool.ntp.org iburst\n";
        // Debian's file: local additions go in drop-ins (confdir, sourcedir), not in this file
        host.fs().install("/etc/chrony/chrony.conf", "# Welcome to the chrony configuration file. See chrony.conf(5) for more\n"
                + "# information about usable directives.\n\n"
                + "# Include configuration files found in /etc/chrony/conf.d.\nconfdir /etc/chrony/conf.d\n\n"
                + pool + "\n"
                + "# Use time sources from DHCP.\nsourcedir /run/chrony-dhcp\n\n"
                + "# Use NTP sources found in /etc/chrony/sources.d.\nsourcedir /etc/chrony/sources.d\n\n"
                + "# This directive specify the location of the file containing ID/key pairs for\n"
                + "# NTP authentication.\nkeyfile /etc/chrony/chrony.keys\n\n"
                + "# This directive specify the file into which chronyd will store the rate\n"
                + "# information.\ndriftfile /var/lib/chrony/chrony.drift\n\n"
                + "# Save NTS keys and cookies.\nntsdumpdir /var/lib/chrony\n\n"
                + "# Uncomment the following line to turn logging on.\n#log tracking measurements statistics\n\n"
                + "# Log files location.\nlogdir /var/log/chrony\n\n"
                + "# Stop bad estimates upsetting machine clock.\nmaxupdateskew 100.0\n\n"
                + "# This directive enables kernel synchronisation (every 11 minutes) of the\n"
                + "# real-time clock. Note that it can't be used along with the 'rtcfile' directive.\nrtcsync\n\n"
                + "# Step the system clock instead of slewing it if the adjustment is larger than\n"
                + "# one second, but only in the first three clock updates.\nmakestep 1 3\n\n"
                + "# Get TAI-UTC offset and leap seconds from the system tz database.\n"
                + "# This directive must be placed after the 'logdir' directive.\nleapsectz right/UTC\n", 0, 0, 0644);
        host.fs().installDir("/etc/chrony/conf.d", 0, 0, 0755);
        host.fs().installDir("/etc/chrony/sources.d", 0, 0, 0755);
        int chronyGid = host.accounts().user("_chrony").map(a -> a.gid()).orElse(0);
        host.fs().install("/etc/chrony/chrony.keys", "#1 MD5 AVeryLongAndRandomPassword\n", 0, chronyGid, 0640);
        host.fs().installDir("/var/lib/chrony", 0, 0, 0755);
        host.fs().installDir("/var/log/chrony", 0, 0, 0755);
        host.services().undefine("systemd-timesyncd");
        enableAndStart(host, StandardUnits.chrony(), log);
    }

    /** deb-systemd-helper enable + invoke-rc.d start, with the line dpkg shows for the link. */
    static void enableAndStart(Host host, UnitFile unit, StringBuilder log) {
        host.services().define(unit);
        if (host.services().setEnabled(unit.name(), true)) {
            log.append("Created symlink ").append(host.services().wantsLink(unit)).append(" \u2192 ")
                    .append(host.services().unitPath(unit)).append(".\n");
        }
        if (host.services().start(unit.name()) == ServiceManager.StartOutcome.FAILED) {
            log.append("Job for ").append(unit.fullName())
                    .append(" failed because the control process exited with error code.\n")
                    .append("See \"systemctl status ").append(unit.fullName()).append("\" and \"journalctl -xeu ")
                    .append(unit.fullName()).append("\" for details.\n")
                    .append("invoke-rc.d: initscript ").append(unit.name()).append(", action \"start\" failed.\n");
        }
    }
}
