package org.pilab.node.net;

import org.pilab.node.Host;

/**
 * NetworkManager's software radio switches ({@code nmcli radio}). NetworkManager keeps them in
 * /var/lib/NetworkManager/NetworkManager.state so a radio switched off stays off after a
 * reboot; a missing file means every radio is on.
 */
public final class RadioSwitches {

    static final String STATE_FILE = "/var/lib/NetworkManager/NetworkManager.state";

    private RadioSwitches() {
    }

    public static boolean wifiEnabled(Host host) {
        return !"false".equals(state(host).get("main", "WirelessEnabled", "true"));
    }

    public static boolean wwanEnabled(Host host) {
        return !"false".equals(state(host).get("main", "WWANEnabled", "true"));
    }

    /** Saves the switch and applies it at once: off drops the Wi-Fi link, on lets saved profiles join again. */
    public static void setWifi(Host host, boolean on) {
        IniFile f = state(host);
        f.set("main", "NetworkingEnabled", f.get("main", "NetworkingEnabled", "true"));
        f.set("main", "WirelessEnabled", Boolean.toString(on));
        f.set("main", "WWANEnabled", f.get("main", "WWANEnabled", "true"));
        save(host, f);
        NetworkSetup.configure(host);
    }

    public static void setWwan(Host host, boolean on) {
        IniFile f = state(host);
        f.set("main", "NetworkingEnabled", f.get("main", "NetworkingEnabled", "true"));
        f.set("main", "WirelessEnabled", f.get("main", "WirelessEnabled", "true"));
        f.set("main", "WWANEnabled", Boolean.toString(on));
        save(host, f);
    }

    private static IniFile state(Host host) {
        return IniFile.parse(host.fs().readOr(STATE_FILE, ""));
    }

    private static void save(Host host, IniFile f) {
        host.fs().installDir("/var/lib/NetworkManager", 0, 0, 0755);
        host.fs().install(STATE_FILE, f.render(), 0, 0, 0644);
    }
}
