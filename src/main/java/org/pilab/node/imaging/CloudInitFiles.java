package org.pilab.node.imaging;

import java.util.List;

import org.pilab.node.OsRelease;

/** The cloud-init files Raspberry Pi Imager writes for Trixie and Ubuntu images. */
final class CloudInitFiles {

    private CloudInitFiles() {
    }

    static String metaData(String hostname) {
        return "instance-id: pilab-" + (hostname == null ? "default" : hostname) + "\n";
    }

    static String userData(OsRelease os, String hostname, String user, String hash, boolean ssh, boolean passwordAuth,
                           List<String> keys, String timezone, String keymap) {
        StringBuilder sb = new StringBuilder("#cloud-config\n");
        if (hostname != null) {
            sb.append("hostname: ").append(hostname).append("\nmanage_etc_hosts: true\n");
        }
        sb.append("timezone: ").append(timezone).append('\n');
        sb.append("keyboard:\n  model: pc105\n  layout: \"").append(keymap).append("\"\n");
        if (user != null) {
            sb.append("users:\n- name: ").append(user).append('\n');
            sb.append("  groups: users,adm,dialout,audio,netdev,video,plugdev,cdrom,games,input,gpio,spi,i2c,render,sudo\n");
            sb.append("  shell: /bin/bash\n  lock_passwd: false\n  passwd: ").append(hash).append('\n');
            if (!keys.isEmpty()) {
                sb.append("  ssh_authorized_keys:\n");
                keys.forEach(k -> sb.append("    - ").append(k).append('\n'));
            }
            sb.append("  sudo: ALL=(ALL) NOPASSWD:ALL\n");
        }
        if (os != OsRelease.UBUNTU) {
            sb.append("enable_ssh: ").append(ssh).append('\n');
        }
        sb.append("ssh_pwauth: ").append(passwordAuth).append('\n');
        return sb.toString();
    }

    static String networkConfig(WifiSettings wifi) {
        if (wifi == null) {
            return "network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: true\n      optional: true\n";
        }
        return "network:\n  version: 2\n  wifis:\n    wlan0:\n      dhcp4: true\n      regulatory-domain: \""
                + wifi.country() + "\"\n      access-points:\n        \"" + wifi.ssid() + "\":\n          password: \""
                + wifi.password() + "\"\n      optional: true\n";
    }
}
