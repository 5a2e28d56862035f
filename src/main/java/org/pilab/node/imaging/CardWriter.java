package org.pilab.node.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pilab.node.OsRelease;

/**
 * What Raspberry Pi Imager does: writes an image to a card and, optionally, the customisation
 * files for first boot: the legacy {@code ssh} and {@code userconf.txt} on Bullseye,
 * {@code custom.toml} on Bookworm, cloud-init {@code user-data},
 * {@code meta-data} and {@code network-config} on Trixie and Ubuntu. Takes a password HASH
 * ({@code openssl passwd -6}); plaintext never reaches the card.
 *
 * <pre>{@code
 * SdCard card = CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").user("pi", hash)
 *         .ssh(true, false).authorizedKey(pub).write();
 * }</pre>
 */
public final class CardWriter {

    private final OsRelease os;
    private String hostname;
    private String userName;
    private String passwordHash;
    private boolean sshEnabled;
    private boolean sshPasswordAuthentication = true;
    private final List<String> authorizedKeys = new ArrayList<>();
    private WifiSettings wifi;
    private String timezone = "Europe/London";
    private String keymap = "gb";

    private CardWriter(OsRelease os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    public static CardWriter image(OsRelease os) {
        return new CardWriter(os);
    }

    public CardWriter hostname(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("hostname '" + name + "': use letters, digits and '-' (max 63), e.g. pi01");
        }
        this.hostname = name;
        return this;
    }

    /** @param cryptHash a {@code $6$...} hash as {@code openssl passwd -6} prints it */
    public CardWriter user(String name, String cryptHash) {
        if (!name.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("user name '" + name + "': lower-case letters, digits, '-' or '_'");
        }
        if (cryptHash == null || !cryptHash.startsWith("$")) {
            throw new IllegalArgumentException("password for " + name + ": give a crypt hash from 'openssl passwd -6', not plaintext");
        }
        this.userName = name;
        this.passwordHash = cryptHash;
        return this;
    }

    public CardWriter ssh(boolean enabled, boolean passwordAuthentication) {
        this.sshEnabled = enabled;
        this.sshPasswordAuthentication = passwordAuthentication;
        return this;
    }

    public CardWriter authorizedKey(String publicKeyLine) {
        authorizedKeys.add(publicKeyLine.strip());
        return this;
    }

    public CardWriter wifi(String ssid, String password, String country) {
        this.wifi = new WifiSettings(ssid, password, country);
        return this;
    }

    public CardWriter locale(String newTimezone, String newKeymap) {
        this.timezone = newTimezone;
        this.keymap = newKeymap;
        return this;
    }

    /** A card with the image and, if anything was customised, the first-boot files. */
    public SdCard write() {
        SdCard card = new SdCard(os);
        card.putBootFile("config.txt", "# For more options and information see\n# http://rptl.io/configtxt\n"
                + "dtparam=audio=on\ncamera_auto_detect=1\ndisplay_auto_detect=1\nauto_initramfs=1\n"
                + "dtoverlay=vc4-kms-v3d\nmax_framebuffers=2\ndisable_fw_kms_setup=1\narm_64bit=1\n"
                + "disable_overscan=1\narm_boost=1\n\n[cm4]\notg_mode=1\n\n[all]\n");
        card.putBootFile("cmdline.txt", "console=serial0,115200 console=tty1 root=PARTUUID=4e639091-02 rootfstype=ext4 "
                + "fsck.repair=yes rootwait quiet init=/usr/lib/raspberrypi-sys-mods/firstboot\n");
        boolean customised = hostname != null || userName != null || sshEnabled || wifi != null || !authorizedKeys.isEmpty();
        if (!customised) {
            return card;
        }
        if (os == OsRelease.BULLSEYE) {
            writeLegacyFiles(card);
        } else if (os.usesCloudInit()) {
            card.putBootFile("meta-data", CloudInitFiles.metaData(hostname));
            card.putBootFile("user-data", CloudInitFiles.userData(os, hostname, userName, passwordHash, sshEnabled,
                    sshPasswordAuthentication, authorizedKeys, timezone, keymap));
            card.putBootFile("network-config", CloudInitFiles.networkConfig(wifi));
        } else {
            card.putBootFile("custom.toml", CustomToml.render(hostname, userName, passwordHash, sshEnabled,
                    sshPasswordAuthentication, authorizedKeys, wifi, timezone, keymap));
        }
        return card;
    }

    /**
     * Bullseye: the legacy boot files only, an empty {@code ssh} and {@code userconf.txt}
     * ({@code user:hash}). Hostname, keys, Wi-Fi and locale have no legacy file, so they are
     * refused rather than silently dropped: set them after first boot.
     */
    private void writeLegacyFiles(SdCard card) {
        if (hostname != null || !authorizedKeys.isEmpty() || wifi != null || !sshPasswordAuthentication) {
            throw new IllegalArgumentException("Bullseye image: only ssh(true, true) and user(name, hash) can be preset "
                    + "(boot files 'ssh' and 'userconf.txt'); set the hostname, keys and Wi-Fi after first boot");
        }
        if (sshEnabled) {
            card.putBootFile("ssh", "");
        }
        if (userName != null) {
            card.putBootFile("userconf.txt", userName + ":" + passwordHash + "\n");
        }
    }
}
