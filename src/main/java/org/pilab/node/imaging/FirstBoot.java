package org.pilab.node.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.OsRelease;
import org.pilab.node.account.Account;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.fs.FsCredentials;

/**
 * What the image does on a card's first boot with the boot-partition files: custom.toml (or
 * the legacy {@code ssh} and {@code userconf.txt}) on Bookworm, only the legacy files on
 * Bullseye, cloud-init on Trixie/Ubuntu.
 * Mistakes have their real consequences: no user means nobody can log in, no ssh means
 * "Connection refused", a wrong key means a password prompt.
 */
public final class FirstBoot {

    private static final List<String> USER_GROUPS = List.of("adm", "dialout", "cdrom", "sudo", "audio", "video",
            "plugdev", "games", "users", "input", "render", "netdev", "gpio", "i2c", "spi");

    private FirstBoot() {
    }

    /** The settings first boot found, for reporting and tests. */
    record Settings(String hostname, String user, String hash, boolean ssh, boolean passwordAuth, List<String> keys,
                    WifiSettings wifi) {
    }

    public static void apply(Host host, SdCard card) {
        Settings s;
        try {
            s = card.os().usesCloudInit() ? fromCloudInit(card) : fromBookworm(card);
        } catch (IllegalArgumentException e) {
            host.journal().log("", card.os().usesCloudInit() ? "cloud-init" : "firstboot", 410, "Error: " + e.getMessage());
            s = new Settings(null, null, null, false, true, List.of(), null);
        }
        // the first-boot hook removes itself from cmdline.txt once it has run
        card.bootFile("cmdline.txt").ifPresent(c -> card.putBootFile("cmdline.txt",
                c.replace(" init=/usr/lib/raspberrypi-sys-mods/firstboot", "")));
        for (Map.Entry<String, String> f : card.bootFiles().entrySet()) {
            host.fs().install("/boot/firmware/" + f.getKey(), f.getValue(), 0, 0, 0755);
        }
        if (s.hostname() != null) {
            host.fs().install("/etc/hostname", s.hostname() + "\n", 0, 0, 0644);
            host.fs().install("/etc/hosts", BaseImage.hostsFile(s.hostname()), 0, 0, 0644);
        }
        if (s.user() != null) {
            Account a = host.accounts().addLoginUser(s.user(), s.hash());
            host.accounts().addToGroups(s.user(), USER_GROUPS);
            host.fs().install("/etc/sudoers.d/010_pi-nopasswd", s.user() + " ALL=(ALL) NOPASSWD: ALL\n", 0, 0, 0440);
            if (!s.keys().isEmpty()) {
                host.fs().installDir(a.home() + "/.ssh", a.uid(), a.gid(), 0700);
                host.fs().install(a.home() + "/.ssh/authorized_keys", String.join("\n", s.keys()) + "\n", a.uid(), a.gid(), 0600);
            }
        }
        if (s.ssh()) {
            host.services().setEnabled("ssh", true);
        }
        if (!s.passwordAuth()) {
            String cfg = host.fs().read("/etc/ssh/sshd_config");
            host.fs().write("/etc/ssh/sshd_config", cfg.replace("#PasswordAuthentication yes", "PasswordAuthentication no"),
                    FsCredentials.ROOT);
        }
        if (s.wifi() != null) {
            host.fs().install("/etc/NetworkManager/system-connections/preconfigured.nmconnection",
                    "[connection]\nid=preconfigured\nuuid=" + uuid(host) + "\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid="
                            + s.wifi().ssid() + "\nhidden=false\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=" + s.wifi().password()
                            + "\n\n[ipv4]\nmethod=auto\n\n[ipv6]\naddr-gen-mode=default\nmethod=auto\n\n[proxy]\n",
                    0, 0, 0600);
        }
        card.removeBootFile("ssh");
        card.removeBootFile("ssh.txt");
        card.removeBootFile("userconf.txt");
        card.firstBootDone();
    }

    static String uuid(Host host) {
        var r = host.random("uuid");
        return String.format("%08x-%04x-4%03x-%04x-%012x", r.nextInt() & 0xffffffffL, r.nextInt(0x10000),
                r.nextInt(0x1000), 0x8000 | r.nextInt(0x4000), r.nextLong() & 0xffffffffffffL);
    }

    private static Settings fromBookworm(SdCard card) {
        String hostname = null;
        String user = null;
        String hash = null;
        boolean ssh = card.bootFile("ssh").isPresent() || card.bootFile("ssh.txt").isPresent();
        boolean passwordAuth = true;
        List<String> keys = new ArrayList<>();
        WifiSettings wifi = null;
        var userconf = card.bootFile("userconf.txt");
        if (userconf.isPresent() && userconf.get().contains(":")) {
            String line = userconf.get().strip();
            user = line.substring(0, line.indexOf(':'));
            hash = line.substring(line.indexOf(':') + 1);
        }
        // Bullseye never reads custom.toml: only the legacy ssh and userconf.txt files count there
        var toml = card.os().readsCustomToml() ? card.bootFile("custom.toml") : Optional.<String>empty();
        if (toml.isPresent()) {
            Map<String, Map<String, Object>> t = CustomToml.parse(toml.get());
            Map<String, Object> system = t.getOrDefault("system", Map.of());
            Map<String, Object> u = t.getOrDefault("user", Map.of());
            Map<String, Object> sshSec = t.getOrDefault("ssh", Map.of());
            Map<String, Object> wlan = t.getOrDefault("wlan", Map.of());
            hostname = (String) system.getOrDefault("hostname", null);
            if (u.get("name") instanceof String n) {
                user = n;
                Object pw = u.get("password");
                boolean encrypted = Boolean.TRUE.equals(u.get("password_encrypted"));
                hash = pw instanceof String p ? (encrypted ? p : Sha512Crypt.hash(p, "pilabfirstboot")) : "!";
            }
            ssh |= Boolean.TRUE.equals(sshSec.get("enabled"));
            passwordAuth = !Boolean.FALSE.equals(sshSec.get("password_authentication"));
            if (sshSec.get("authorized_keys") instanceof List<?> ks) {
                ks.forEach(k -> keys.add(k.toString()));
            }
            if (wlan.get("ssid") instanceof String ssid) {
                wifi = new WifiSettings(ssid, String.valueOf(wlan.getOrDefault("password", "")),
                        String.valueOf(wlan.getOrDefault("country", "GB")));
            }
        }
        return new Settings(hostname, user, hash, ssh, passwordAuth, keys, wifi);
    }

    private static Settings fromCloudInit(SdCard card) {
        boolean ubuntu = card.os() == OsRelease.UBUNTU;
        var userData = card.bootFile("user-data");
        if (userData.isEmpty()) {
            // Ubuntu's stock user-data: user "ubuntu", password "ubuntu", ssh with passwords
            return ubuntu ? new Settings(null, "ubuntu", Sha512Crypt.hash("ubuntu", "ubuntudefault"),
                    true, true, List.of(), null) : new Settings(null, null, null, false, true, List.of(), null);
        }
        Map<String, Object> doc = MiniYaml.map(MiniYaml.parse(userData.get(), "user-data"));
        String hostname = MiniYaml.string(doc.get("hostname"), null);
        String user = null;
        String hash = null;
        List<String> keys = new ArrayList<>();
        for (Object u : MiniYaml.list(doc.get("users"))) {
            Map<String, Object> um = MiniYaml.map(u);
            if (um.get("name") instanceof String n) {
                user = n;
                hash = MiniYaml.string(um.getOrDefault("passwd", um.get("hashed_passwd")), "!");
                MiniYaml.list(um.get("ssh_authorized_keys")).forEach(k -> keys.add(k.toString()));
                break;
            }
        }
        boolean ssh = ubuntu || "true".equals(MiniYaml.string(doc.get("enable_ssh"), "false"));
        boolean passwordAuth = !"false".equals(MiniYaml.string(doc.get("ssh_pwauth"), "true"));
        WifiSettings wifi = null;
        var net = card.bootFile("network-config");
        if (net.isPresent()) {
            Map<String, Object> n = MiniYaml.map(MiniYaml.parse(net.get(), "network-config"));
            Map<String, Object> network = n.containsKey("network") ? MiniYaml.map(n.get("network")) : n;
            Map<String, Object> wlan0 = MiniYaml.map(MiniYaml.map(network.get("wifis")).get("wlan0"));
            Map<String, Object> aps = MiniYaml.map(wlan0.get("access-points"));
            for (Map.Entry<String, Object> ap : aps.entrySet()) {
                wifi = new WifiSettings(ap.getKey(), MiniYaml.string(MiniYaml.map(ap.getValue()).get("password"), ""),
                        MiniYaml.string(wlan0.get("regulatory-domain"), "GB"));
            }
        }
        return new Settings(hostname, user, hash, ssh, passwordAuth, keys, wifi);
    }
}
