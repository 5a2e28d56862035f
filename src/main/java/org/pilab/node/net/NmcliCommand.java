package org.pilab.node.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.Session;

/**
 * nmcli for Bookworm/Trixie: {@code con show}, {@code con mod NAME prop value ...} (saved to
 * /etc/NetworkManager/system-connections/NAME.nmconnection), {@code con up NAME},
 * {@code con reload}, {@code con down NAME}, {@code dev status}, {@code dev wifi connect} and
 * {@code radio [wifi|wwan|all] [on|off]}. Changing the address a
 * learner is connected through drops their SSH session, as it does for real.
 */
public final class NmcliCommand implements Command {

    /** nmcli's command tables in its own order: the first entry a prefix matches wins ({@code c m} = modify). */
    private static final List<String> OBJECTS = List.of("general", "monitor", "networking", "radio", "connection", "device",
            "agent", "help");
    private static final List<String> CONNECTION_COMMANDS = List.of("show", "up", "down", "add", "modify", "clone", "edit",
            "delete", "monitor", "reload", "load", "import", "export", "migrate");
    private static final List<String> DEVICE_COMMANDS = List.of("status", "show", "set", "connect", "reapply", "modify",
            "disconnect", "delete", "monitor", "wifi", "lldp", "checkpoint", "up", "down");
    private static final List<String> WIFI_COMMANDS = List.of("list", "connect", "hotspot", "rescan", "show-password");

    /** The full command a (possibly abbreviated) word stands for, as nmcli's matches() finds it. */
    static Optional<String> expand(String word, List<String> table) {
        if (word.isEmpty()) {
            return Optional.empty();
        }
        return table.stream().filter(c -> c.startsWith(word)).findFirst();
    }

    @Override
    public int run(Invocation inv) {
        List<String> a = inv.args();
        if (a.isEmpty()) {
            return devStatus(inv);
        }
        String word = a.get(0);
        Optional<String> obj = expand(word, OBJECTS);
        if (obj.isEmpty()) {
            inv.err().println("Error: Object '" + word + "' is unknown, try 'nmcli help'.");
            return 2;
        }
        List<String> args = a.subList(1, a.size());
        return switch (obj.get()) {
            case "connection" -> connection(inv, args);
            case "device" -> device(inv, args);
            case "radio" -> radio(inv, args);
            default -> {
                inv.err().println("Error: 'nmcli " + obj.get() + "' is not available in this lab.");
                yield 2;
            }
        };
    }

    private int connection(Invocation inv, List<String> args) {
        String word = args.isEmpty() ? "show" : args.get(0);
        List<String> rest = args.size() > 1 ? args.subList(1, args.size()) : List.of();
        Optional<String> verb = expand(word, CONNECTION_COMMANDS);
        if (verb.isEmpty()) {
            return notUnderstood(inv, word);
        }
        return switch (verb.get()) {
            case "show" -> rest.isEmpty() ? conList(inv) : conShow(inv, rest.get(0));
            case "modify" -> conModify(inv, rest);
            case "up" -> conUp(inv, rest);
            case "down" -> conDown(inv, rest);
            case "reload" -> 0;
            default -> unavailable(inv, "connection " + verb.get());
        };
    }

    private int device(Invocation inv, List<String> args) {
        String word = args.isEmpty() ? "status" : args.get(0);
        List<String> rest = args.size() > 1 ? args.subList(1, args.size()) : List.of();
        Optional<String> verb = expand(word, DEVICE_COMMANDS);
        if (verb.isEmpty()) {
            return notUnderstood(inv, word);
        }
        if (verb.get().equals("status")) {
            return devStatus(inv);
        }
        if (!verb.get().equals("wifi")) {
            return unavailable(inv, "device " + verb.get());
        }
        String sub = rest.isEmpty() ? "list" : rest.get(0);
        Optional<String> wifi = expand(sub, WIFI_COMMANDS);
        if (wifi.isEmpty()) {
            return notUnderstood(inv, sub);
        }
        if (wifi.get().equals("list")) {
            return wifiList(inv);
        }
        if (wifi.get().equals("connect")) {
            if (rest.size() < 2) {
                inv.err().println("Error: SSID or BSSID is missing.");
                return 2;
            }
            return wifiConnect(inv, rest.subList(1, rest.size()));
        }
        return unavailable(inv, "device wifi " + wifi.get());
    }

    private static int notUnderstood(Invocation inv, String word) {
        inv.err().println("Error: argument '" + word + "' not understood. Try passing --help instead.");
        return 2;
    }

    /** A real nmcli command the lab does not model: say so rather than pretend it worked. */
    private static int unavailable(Invocation inv, String what) {
        inv.err().println("Error: 'nmcli " + what + "' is not available in this lab.");
        return 2;
    }

    private static String uuid(Host h, String name) {
        var r = h.network().random().freshStream(h.id() + "/nm/" + name);
        return String.format(Locale.ROOT, "%08x-%04x-4%03x-%04x-%012x", r.nextInt() & 0xffffffffL, r.nextInt(0x10000),
                r.nextInt(0x1000), 0x8000 | r.nextInt(0x4000), r.nextLong() & 0xffffffffffffL);
    }

    /** Connection profiles: the wired one always exists (auto-generated), plus saved files. */
    private static List<String[]> profiles(Host h) {
        List<String[]> out = new ArrayList<>();
        boolean wiredSaved = false;
        for (String file : h.fs().listOrEmpty(NetworkSetup.NM_DIR)) {
            IniFile f = IniFile.parse(h.fs().readOr(NetworkSetup.NM_DIR + "/" + file, ""));
            String id = f.get("connection", "id", file.replace(".nmconnection", ""));
            String type = f.get("connection", "type", "ethernet");
            wiredSaved |= id.equals(NetworkSetup.WIRED);
            out.add(new String[] {id, f.get("connection", "uuid", uuid(h, id)), type, NetworkSetup.NM_DIR + "/" + file});
        }
        if (!wiredSaved && h.netInterface("eth0").isPresent()) {
            out.add(0, new String[] {NetworkSetup.WIRED, uuid(h, NetworkSetup.WIRED), "ethernet", null});
        }
        return out;
    }

    private static Optional<String[]> profile(Host h, String name) {
        return profiles(h).stream().filter(p -> p[0].equals(name) || p[1].equals(name)).findFirst();
    }

    private int conList(Invocation inv) {
        Host h = inv.host();
        inv.out().println(String.format(Locale.ROOT, "%-19s %-36s  %-8s  %-6s ", "NAME", "UUID", "TYPE", "DEVICE"));
        for (String[] p : profiles(h)) {
            String type = p[2].equals("wifi") ? "wifi" : "ethernet";
            String dev = p[2].equals("wifi") ? (h.netInterface("wlan0").map(NetInterface::hasAddress).orElse(false) ? "wlan0" : "--")
                    : (h.cablePlugged() ? "eth0" : "--");
            inv.out().println(String.format(Locale.ROOT, "%-19s %-36s  %-8s  %-6s ", p[0], p[1], type, dev));
        }
        inv.out().println(String.format(Locale.ROOT, "%-19s %-36s  %-8s  %-6s ", "lo", uuid(h, "lo"), "loopback", "lo"));
        return 0;
    }

    private int conShow(Invocation inv, String name) {
        Host h = inv.host();
        Optional<String[]> p = profile(h, name);
        if (p.isEmpty()) {
            inv.err().println("Error: " + name + " - no such connection profile.");
            return 10;
        }
        IniFile f = IniFile.parse(p.get()[3] == null ? "" : h.fs().readOr(p.get()[3], ""));
        inv.out().println(String.format("%-40s%s", "connection.id:", p.get()[0]));
        inv.out().println(String.format("%-40s%s", "connection.uuid:", p.get()[1]));
        inv.out().println(String.format("%-40s%s", "connection.type:", p.get()[2].equals("wifi") ? "802-11-wireless" : "802-3-ethernet"));
        inv.out().println(String.format("%-40s%s", "ipv4.method:", f.get("ipv4", "method", "auto")));
        String addr = f.get("ipv4", "address1", "");
        inv.out().println(String.format("%-40s%s", "ipv4.dns:", f.get("ipv4", "dns", "--").replaceAll(";$", "").replace(';', ',')));
        inv.out().println(String.format("%-40s%s", "ipv4.addresses:", addr.isEmpty() ? "--" : addr.split(",")[0]));
        inv.out().println(String.format("%-40s%s", "ipv4.gateway:", addr.contains(",") ? addr.split(",")[1] : "--"));
        return 0;
    }

    private int conModify(Invocation inv, List<String> rest) {
        Host h = inv.host();
        if (rest.isEmpty()) {
            inv.err().println("Error: No connection specified.");
            return 2;
        }
        String name = rest.get(0);
        Optional<String[]> p = profile(h, name);
        if (p.isEmpty()) {
            inv.err().println("Error: unknown connection '" + name + "'.");
            return 10;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("Error: Failed to modify connection '" + name + "': Insufficient privileges");
            return 1;
        }
        String file = p.get()[3] != null ? p.get()[3] : NetworkSetup.NM_DIR + "/" + name + ".nmconnection";
        IniFile f = IniFile.parse(h.fs().readOr(file, ""));
        if (p.get()[3] == null) {
            f.set("connection", "id", name);
            f.set("connection", "uuid", p.get()[1]);
            f.set("connection", "type", "ethernet");
            f.set("connection", "autoconnect-priority", "-999");
            f.set("connection", "interface-name", "eth0");
            f.set("ethernet", "", "");
            f.remove("ethernet", "");
            f.set("ipv4", "method", "auto");
            f.set("ipv6", "addr-gen-mode", "default");
            f.set("ipv6", "method", "auto");
        }
        String address = f.get("ipv4", "address1", "");
        String addrPart = address.contains(",") ? address.split(",")[0] : address;
        String gwPart = address.contains(",") ? address.split(",")[1] : "";
        List<String> props = rest.subList(1, rest.size());
        if (props.size() % 2 != 0) {
            inv.err().println("Error: value for '" + props.get(props.size() - 1) + "' is missing.");
            return 2;
        }
        for (int i = 0; i < props.size(); i += 2) {
            String key = props.get(i);
            String value = props.get(i + 1);
            switch (key) {
                case "ipv4.addresses", "ip4" -> {
                    if (NetworkSetup.parseCidr(value).isEmpty()) {
                        inv.err().println("Error: failed to modify ipv4.addresses: invalid IP address: Invalid IPv4 address '"
                                + value.split("/")[0] + "'.");
                        return 2;
                    }
                    addrPart = value.contains("/") ? value : value + "/32";
                }
                case "ipv4.gateway", "gw4" -> gwPart = value;
                case "ipv4.dns" -> f.set("ipv4", "dns", String.join(";", value.split("[ ,]+")) + ";");
                case "ipv4.method" -> {
                    if (!List.of("auto", "manual", "disabled", "link-local", "shared").contains(value)) {
                        inv.err().println("Error: failed to modify ipv4.method: '" + value
                                + "' not among [auto, disabled, link-local, manual, shared].");
                        return 2;
                    }
                    f.set("ipv4", "method", value);
                }
                case "connection.autoconnect" -> f.set("connection", "autoconnect", value.equals("yes") ? "true" : "false");
                default -> {
                    inv.err().println("Error: invalid or not allowed setting '" + key.split("\\.")[0] + "': '" + key
                            + "' not among [connection, ipv4, ipv6, ethernet, 802-3-ethernet].");
                    return 2;
                }
            }
        }
        if ("manual".equals(f.get("ipv4", "method", "auto")) && addrPart.isEmpty()) {
            inv.err().println("Error: Failed to modify connection '" + name
                    + "': ipv4.addresses: this property cannot be empty for 'method=manual'");
            return 4;
        }
        if (!addrPart.isEmpty()) {
            f.set("ipv4", "address1", addrPart + (gwPart.isEmpty() ? "" : "," + gwPart));
        }
        h.fs().install(file, f.render(), 0, 0, 0600);
        return 0;
    }

    private int conUp(Invocation inv, List<String> rest) {
        Host h = inv.host();
        String name = rest.isEmpty() ? "" : rest.get(0);
        if (rest.size() > 1 && rest.get(0).equals("id")) {
            name = rest.get(1);
        }
        Optional<String[]> p = profile(h, name);
        if (p.isEmpty()) {
            inv.err().println("Error: unknown connection '" + name + "'.");
            return 10;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("Error: Connection activation failed: Not authorized to control networking.");
            return 4;
        }
        boolean wifi = p.get()[2].equals("wifi");
        if (!wifi && !h.cablePlugged()) {
            inv.err().println("Error: Connection activation failed: No suitable device found for this connection "
                    + "(device eth0 not available because device has no carrier).");
            return 4;
        }
        List<String> before = h.addresses();
        NetworkSetup.configure(h);
        int path = 2 + h.random("nm-active").nextInt(8);
        inv.out().println("Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/"
                + path + ")");
        dropSshIfAddressMoved(inv, before);
        return 0;
    }

    /**
     * {@code nmcli radio}: without a switch the table of all of them, with one its state
     * ("enabled"/"disabled"), with on/off the change (root only: polkit refuses a plain user
     * over SSH).
     */
    private int radio(Invocation inv, List<String> rest) {
        Host h = inv.host();
        String which = rest.isEmpty() ? "all" : rest.get(0);
        boolean wifi = "wifi".startsWith(which) && !which.isEmpty();
        boolean wwan = "wwan".startsWith(which) && which.length() >= 2;
        boolean all = "all".startsWith(which) && !which.isEmpty();
        if (!wifi && !wwan && !all) {
            inv.err().println("Error: 'radio' command '" + which + "' is not valid.");
            return 2;
        }
        if (rest.size() < 2) {
            String w = RadioSwitches.wifiEnabled(h) ? "enabled" : "disabled";
            String ww = RadioSwitches.wwanEnabled(h) ? "enabled" : "disabled";
            if (all) {
                inv.out().println("WIFI-HW  WIFI      WWAN-HW  WWAN     ");
                inv.out().println(String.format(Locale.ROOT, "%-8s %-9s %-8s %-9s", "enabled", w, "missing", ww));
            } else {
                inv.out().println(wifi ? w : ww);
            }
            return 0;
        }
        String value = rest.get(1);
        if (!value.equals("on") && !value.equals("off")) {
            inv.err().println("Error: '" + value + "': invalid value, use 'on' or 'off'.");
            return 2;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("Error: Failed to set radio: Not authorized to perform this operation.");
            return 1;
        }
        List<String> before = h.addresses();
        boolean on = value.equals("on");
        if (wifi || all) {
            RadioSwitches.setWifi(h, on);
        }
        if (wwan || all) {
            RadioSwitches.setWwan(h, on);
        }
        dropSshIfAddressMoved(inv, before);
        return 0;
    }

    /** {@code nmcli con down NAME}: the device leaves the network until the profile is brought up again. */
    private int conDown(Invocation inv, List<String> rest) {
        Host h = inv.host();
        String name = rest.size() > 1 && rest.get(0).equals("id") ? rest.get(1) : rest.isEmpty() ? "" : rest.get(0);
        Optional<String[]> p = profile(h, name);
        if (p.isEmpty()) {
            inv.err().println("Error: '" + name + "' is not an active connection.");
            inv.err().println("Error: no active connection provided.");
            return 10;
        }
        String device = p.get()[2].equals("wifi") ? "wlan0" : "eth0";
        Optional<NetInterface> dev = h.netInterface(device).filter(NetInterface::hasAddress);
        if (dev.isEmpty()) {
            inv.err().println("Error: '" + name + "' is not an active connection.");
            inv.err().println("Error: no active connection provided.");
            return 10;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("Error: Connection deactivation failed: Not authorized to deactivate connections.");
            return 1;
        }
        List<String> before = h.addresses();
        dev.get().clearAddress();
        int path = 2 + h.random("nm-active").nextInt(8);
        inv.out().println("Connection '" + p.get()[0] + "' successfully deactivated (D-Bus active path: "
                + "/org/freedesktop/NetworkManager/ActiveConnection/" + path + ")");
        dropSshIfAddressMoved(inv, before);
        return 0;
    }

    /** An ssh session to an address that just went away hangs, then breaks. */
    static void dropSshIfAddressMoved(Invocation inv, List<String> before) {
        Host h = inv.host();
        Session s = inv.session();
        Optional<String> via = Optional.empty();
        for (Session cur = s; cur != null && cur.host() == h && via.isEmpty(); cur = cur.origin().orElse(null)) {
            via = cur.variable("SSH_CONNECTION").map(v -> v.split(" ")).filter(v -> v.length >= 3).map(v -> v[2]);
        }
        if (via.isPresent() && before.contains(via.get()) && !h.addresses().contains(via.get())) {
            inv.err().println("client_loop: send disconnect: Broken pipe");
            Session cur = s;
            while (cur != null && cur.host() == h) {
                cur.requestExit();
                cur = cur.origin().orElse(null);
            }
        }
    }

    private int devStatus(Invocation inv) {
        Host h = inv.host();
        inv.out().println("DEVICE         TYPE      STATE                   CONNECTION         ");
        for (NetInterface i : h.interfaces()) {
            boolean eth = i.kind() == InterfaceKind.ETHERNET;
            boolean radioOff = !eth && !RadioSwitches.wifiEnabled(h);
            String state = i.hasAddress() ? "connected" : eth || radioOff ? "unavailable" : "disconnected";
            String conn = i.hasAddress() ? (eth ? NetworkSetup.WIRED : wifiProfileName(h, i.ssid())) : "--";
            inv.out().println(String.format(Locale.ROOT, "%-14s %-9s %-23s %-19s", i.name(), eth ? "ethernet" : "wifi", state, conn));
        }
        inv.out().println(String.format(Locale.ROOT, "%-14s %-9s %-23s %-19s", "lo", "loopback", "connected (externally)", "lo"));
        return 0;
    }

    /** The saved Wi-Fi profile for {@code ssid} (Imager's "preconfigured", or the SSID nmcli named it after). */
    private static String wifiProfileName(Host h, String ssid) {
        for (String file : h.fs().listOrEmpty(NetworkSetup.NM_DIR)) {
            IniFile f = IniFile.parse(h.fs().readOr(NetworkSetup.NM_DIR + "/" + file, ""));
            if ("wifi".equals(f.get("connection", "type", "")) && f.get("wifi", "ssid", "").equals(ssid)) {
                return f.get("connection", "id", file.replace(".nmconnection", ""));
            }
        }
        return "preconfigured";
    }

    /**
     * {@code nmcli dev wifi [list]}: the lab's one access point, marked {@code *} when wlan0
     * uses it; a switched-off radio sees nothing.
     */
    private int wifiList(Invocation inv) {
        Host h = inv.host();
        inv.out().println("IN-USE  BSSID              SSID             MODE   CHAN  RATE        SIGNAL  BARS  SECURITY ");
        if (h.netInterface("wlan0").isEmpty() || !RadioSwitches.wifiEnabled(h)) {
            return 0;
        }
        String ssid = h.network().wifiSsid();
        boolean inUse = h.netInterface("wlan0").map(i -> i.hasAddress() && ssid.equals(i.ssid())).orElse(false);
        var r = h.network().random().freshStream("access-point");
        String bssid = String.format(Locale.ROOT, "%02X:%02X:%02X:%02X:%02X:%02X", 0x3c, 0x84, 0x6a, r.nextInt(256),
                r.nextInt(256), r.nextInt(256));
        inv.out().println(String.format(Locale.ROOT, "%-7s %-18s %-16s %-6s %-5d %-11s %-7d %-5s %-9s",
                inUse ? "*" : "", bssid, ssid, "Infra", 6, "130 Mbit/s", 72, "\u2582\u2584\u2586_", "WPA2"));
        return 0;
    }

    private int wifiConnect(Invocation inv, List<String> rest) {
        Host h = inv.host();
        if (!inv.session().isRoot()) {
            inv.err().println("Error: Failed to add/activate new connection: Not authorized to control networking.");
            return 4;
        }
        if (!RadioSwitches.wifiEnabled(h)) {
            // a switched-off radio scans nothing
            inv.err().println("Error: No network with SSID '" + rest.get(0) + "' found.");
            return 10;
        }
        String ssid = rest.get(0);
        String psk = rest.size() >= 3 && rest.get(1).equals("password") ? rest.get(2) : "";
        if (!ssid.equals(h.network().wifiSsid())) {
            inv.err().println("Error: No network with SSID '" + ssid + "' found.");
            return 10;
        }
        String file = NetworkSetup.NM_DIR + "/" + ssid + ".nmconnection";
        h.fs().install(file, "[connection]\nid=" + ssid + "\nuuid=" + uuid(h, ssid) + "\ntype=wifi\ninterface-name=wlan0\n\n[wifi]\n"
                + "mode=infrastructure\nssid=" + ssid + "\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=" + psk
                + "\n\n[ipv4]\nmethod=auto\n\n[ipv6]\naddr-gen-mode=default\nmethod=auto\n", 0, 0, 0600);
        NetworkSetup.configure(h);
        if (!h.netInterface("wlan0").map(NetInterface::hasAddress).orElse(false)) {
            h.fs().remove(file, FsCredentials.ROOT, false);
            inv.err().println("Error: Connection activation failed: Secrets were required, but not provided.");
            return 4;
        }
        inv.out().println("Device 'wlan0' successfully activated with '" + uuid(h, ssid) + "'.");
        return 0;
    }
}
