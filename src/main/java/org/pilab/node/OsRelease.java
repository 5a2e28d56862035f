package org.pilab.node;

/**
 * The operating systems a host can run, with the details that differ between them: names,
 * paths, prompt style and how networking and first boot are configured.
 */
public enum OsRelease {
    /**
     * Raspberry Pi OS Bullseye (Debian 11): dhcpcd (no NetworkManager), first boot from the legacy
     * {@code ssh} and {@code userconf.txt} files only, systemd 247.
     */
    BULLSEYE("Debian GNU/Linux 11 (bullseye)", "debian", "11", "bullseye", "/lib/systemd/system", 247),
    /** Raspberry Pi OS Bookworm (Debian 12): NetworkManager, custom.toml first boot, systemd 252. */
    BOOKWORM("Debian GNU/Linux 12 (bookworm)", "debian", "12", "bookworm", "/lib/systemd/system", 252),
    /** Raspberry Pi OS Trixie (Debian 13): NetworkManager, cloud-init first boot, systemd 257. */
    TRIXIE("Debian GNU/Linux 13 (trixie)", "debian", "13", "trixie", "/usr/lib/systemd/system", 257),
    /** Ubuntu Server 24.04 LTS for the Pi (and Ubuntu Desktop on the learner's laptop): netplan, cloud-init. */
    UBUNTU("Ubuntu 24.04.3 LTS", "ubuntu", "24.04", "noble", "/usr/lib/systemd/system", 255);

    private final String prettyName;
    private final String id;
    private final String versionId;
    private final String codename;
    private final String unitDirectory;
    private final int systemdVersion;

    OsRelease(String prettyName, String id, String versionId, String codename, String unitDirectory, int systemdVersion) {
        this.prettyName = prettyName;
        this.id = id;
        this.versionId = versionId;
        this.codename = codename;
        this.unitDirectory = unitDirectory;
        this.systemdVersion = systemdVersion;
    }

    public String prettyName() {
        return prettyName;
    }

    public String id() {
        return id;
    }

    public String versionId() {
        return versionId;
    }

    public String codename() {
        return codename;
    }

    /** Where packaged unit files live (shown on the "Loaded:" line of systemctl status). */
    public String unitDirectory() {
        return unitDirectory;
    }

    public int systemdVersion() {
        return systemdVersion;
    }

    public boolean isRaspberryPiOs() {
        return this != UBUNTU;
    }

    /** First boot reads cloud-init files (user-data, meta-data, network-config). */
    public boolean usesCloudInit() {
        return this == TRIXIE || this == UBUNTU;
    }

    /** First boot reads custom.toml (Bookworm only; Bullseye has just the legacy ssh/userconf.txt files). */
    public boolean readsCustomToml() {
        return this == BOOKWORM;
    }

    /** Static addresses through /etc/dhcpcd.conf and dhcpcd.service (Bullseye and older): no nmcli. */
    public boolean usesDhcpcd() {
        return this == BULLSEYE;
    }

    /** NetworkManager owns the interfaces (and nmcli is installed). */
    public boolean usesNetworkManager() {
        return this == BOOKWORM || this == TRIXIE;
    }

    /** Static addresses through netplan rather than nmcli. */
    public boolean usesNetplan() {
        return this == UBUNTU;
    }

    /**
     * The PATH a login shell gets. Debian 11 and 12 leave /usr/sbin out for ordinary users (so
     * {@code slurmd -C} needs sudo or the full path); Debian 13 and Ubuntu include it.
     */
    public String path(boolean root) {
        if (root) {
            return "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        }
        if (this == BOOKWORM || this == BULLSEYE) {
            return "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games";
        }
        return "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games";
    }

    /** Raspberry Pi OS's prompt is {@code pi@pi01:~ $ }; Ubuntu's is {@code learner@laptop:~$ }. */
    public boolean spaceBeforePromptSign() {
        return isRaspberryPiOs();
    }

    /** /etc/os-release as the release ships it. */
    public String osReleaseFile() {
        if (this == UBUNTU) {
            return "PRETTY_NAME=\"Ubuntu 24.04.3 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\n"
                    + "VERSION=\"24.04.3 LTS (Noble Numbat)\"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n"
                    + "HOME_URL=\"https://www.ubuntu.com/\"\nUBUNTU_CODENAME=noble\n";
        }
        return "PRETTY_NAME=\"" + prettyName + "\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"" + versionId + "\"\n"
                + "VERSION=\"" + versionId + " (" + codename + ")\"\nVERSION_CODENAME=" + codename + "\nID=debian\n"
                + "HOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\n"
                + "BUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
    }
}
