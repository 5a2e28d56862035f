package org.pilab.realcluster.bundle;

/**
 * cgroup.conf for the OS's SLURM release. All three targets boot with the unified cgroup v2
 * hierarchy; 22.05 still reads CgroupAutomount, which later releases dropped.
 */
public final class CgroupConf {

    private CgroupConf() {
    }

    public static String render(OsRelease os) {
        StringBuilder out = new StringBuilder();
        out.append("# cgroup.conf for slurm-wlm ").append(os.slurmVersion()).append(" on ").append(os.displayName())
                .append(".\n# Goes to /etc/slurm/cgroup.conf on every node, next to slurm.conf.\n")
                .append("# The Pi kernel boots with memory cgroups off: the bootstrap script adds\n")
                .append("# cgroup_enable=memory cgroup_memory=1 to cmdline.txt (reboot once afterwards).\n");
        if (os == OsRelease.BOOKWORM) {
            out.append("CgroupAutomount=yes\n");
            out.append("CgroupPlugin=autodetect\n");
        } else {
            out.append("CgroupPlugin=cgroup/v2\n");
        }
        out.append("ConstrainCores=yes\n");
        out.append("ConstrainRAMSpace=yes\n");
        out.append("ConstrainDevices=yes\n");
        // Pis swap to an SD card: letting jobs swap makes a node crawl instead of failing fast.
        out.append("ConstrainSwapSpace=yes\n");
        out.append("AllowedSwapSpace=0\n");
        return out.toString();
    }
}
