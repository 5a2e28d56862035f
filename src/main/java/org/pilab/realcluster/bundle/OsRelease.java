package org.pilab.realcluster.bundle;

import java.util.Locale;

/**
 * The operating systems a bundle can target. They differ in how the first boot is customised
 * (Bookworm reads custom.toml; Trixie images and Ubuntu Server use cloud-init), in how a static
 * address is set, and in the SLURM release they ship, which decides what cgroup.conf may say.
 */
public enum OsRelease {
    BOOKWORM("bookworm", "Raspberry Pi OS Lite (Bookworm, Debian 12)", "22.05", FirstBoot.CUSTOM_TOML,
            "openjdk-17-jre-headless"),
    // Debian 13 ships Java 21 only; the jar's Java 17 bytecode runs on it.
    TRIXIE("trixie", "Raspberry Pi OS Lite (Trixie, Debian 13)", "24.11", FirstBoot.CLOUD_INIT,
            "openjdk-21-jre-headless"),
    UBUNTU("ubuntu", "Ubuntu Server 24.04 LTS for Raspberry Pi", "23.11", FirstBoot.CLOUD_INIT,
            "openjdk-17-jre-headless");

    /** How the image picks up hostname, user and keys on its first boot. */
    public enum FirstBoot { CUSTOM_TOML, CLOUD_INIT }

    private final String id;
    private final String displayName;
    private final String slurmVersion;
    private final FirstBoot firstBoot;
    private final String javaPackage;

    OsRelease(String id, String displayName, String slurmVersion, FirstBoot firstBoot, String javaPackage) {
        this.id = id;
        this.displayName = displayName;
        this.slurmVersion = slurmVersion;
        this.firstBoot = firstBoot;
        this.javaPackage = javaPackage;
    }

    /** The headless Java runtime package that runs the engine jar on this OS. */
    public String javaPackage() {
        return javaPackage;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The slurm-wlm release the OS ships (major.minor). */
    public String slurmVersion() {
        return slurmVersion;
    }

    public FirstBoot firstBoot() {
        return firstBoot;
    }

    /** Cloud-init images get their static address from network-config at first boot. */
    public boolean staticAddressAtFirstBoot() {
        return firstBoot == FirstBoot.CLOUD_INIT;
    }

    public static OsRelease parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (OsRelease os : values()) {
            if (os.id.equals(wanted)) {
                return os;
            }
        }
        throw new BundleException("unknown OS '" + text + "'; choose bookworm, trixie or ubuntu");
    }
}
