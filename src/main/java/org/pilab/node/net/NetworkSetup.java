package org.pilab.node.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.imaging.MiniYaml;

/**
 * Applies a host's saved network configuration to its interfaces, as NetworkManager does at
 * boot and on {@code nmcli con up}, netplan on {@code netplan apply}, or dhcpcd when it starts:
 * static addresses from .nmconnection files (method=manual), netplan YAML or /etc/dhcpcd.conf,
 * DHCP otherwise; Wi-Fi joins when a
 * profile's SSID and key match the access point.
 */
public final class NetworkSetup {

    public static final String NM_DIR = "/etc/NetworkManager/system-connections";
    public static final String WIRED = "Wired connection 1";

    private NetworkSetup() {
    }

    /** A static IPv4 configuration. */
    public record StaticConfig(String address, int prefix, String gateway, List<String> dns) {
    }

    public static void configure(Host host) {
        if (!host.isUp()) {
            return;
        }
        for (NetInterface i : host.interfaces()) {
            if (i.kind() == InterfaceKind.ETHERNET) {
                configureWired(host, i);
            } else {
                configureWifi(host, i);
            }
        }
    }

    private static void configureWired(Host host, NetInterface eth) {
        if (!eth.carrier()) {
            eth.clearAddress();
            return;
        }
        Optional<StaticConfig> fixed = host.os().usesNetplan() ? netplanStatic(host, "eth0")
                : host.os().usesDhcpcd() ? dhcpcdStatic(host, "eth0") : nmStatic(host, "eth0");
        if (fixed.isPresent()) {
            StaticConfig c = fixed.get();
            eth.configure(c.address(), c.prefix(), c.gateway(), c.dns(), AddressMethod.STATIC);
        } else {
            String lease = host.network().dhcp().lease(eth.mac());
            eth.configure(lease, DhcpServer.PREFIX, DhcpServer.GATEWAY, List.of(DhcpServer.GATEWAY), AddressMethod.DHCP);
        }
    }

    private static void configureWifi(Host host, NetInterface wlan) {
        if (!RadioSwitches.wifiEnabled(host)) {
            wlan.clearAddress();
            wlan.carrier(false);
            wlan.ssid(null);
            return;
        }
        String ssid = host.network().wifiSsid();
        String psk = host.network().wifiPassword();
        for (String name : host.fs().listOrEmpty(NM_DIR)) {
            IniFile f = IniFile.parse(host.fs().readOr(NM_DIR + "/" + name, ""));
            if ("wifi".equals(f.get("connection", "type", "")) && ssid.equals(f.get("wifi", "ssid", ""))
                    && psk.equals(f.get("wifi-security", "psk", ""))) {
                wlan.carrier(true);
                wlan.ssid(ssid);
                String lease = host.network().dhcp().lease(wlan.mac());
                wlan.configure(lease, DhcpServer.PREFIX, DhcpServer.GATEWAY, List.of(DhcpServer.GATEWAY), AddressMethod.DHCP);
                return;
            }
        }
        wlan.carrier(false);
    }

    /** The NetworkManager profile file for an interface, if one is saved. */
    public static Optional<String> nmProfileFile(Host host, String device) {
        for (String name : host.fs().listOrEmpty(NM_DIR)) {
            IniFile f = IniFile.parse(host.fs().readOr(NM_DIR + "/" + name, ""));
            String type = f.get("connection", "type", "");
            String iface = f.get("connection", "interface-name", "");
            if (iface.equals(device) || (device.equals("eth0") && type.equals("ethernet") && iface.isEmpty())) {
                return Optional.of(NM_DIR + "/" + name);
            }
        }
        return Optional.empty();
    }

    private static Optional<StaticConfig> nmStatic(Host host, String device) {
        Optional<String> file = nmProfileFile(host, device);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        IniFile f = IniFile.parse(host.fs().readOr(file.get(), ""));
        if (!"manual".equals(f.get("ipv4", "method", "auto"))) {
            return Optional.empty();
        }
        String a = f.get("ipv4", "address1", "");
        if (a.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = a.split(",");
        String gateway = parts.length > 1 ? parts[1] : f.get("ipv4", "gateway", null);
        List<String> dns = new ArrayList<>();
        for (String d : f.get("ipv4", "dns", "").split(";")) {
            if (!d.isBlank()) {
                dns.add(d.strip());
            }
        }
        return parseCidr(parts[0]).map(c -> new StaticConfig(c.address(), c.prefix(), gateway, dns));
    }

    /** What the running dhcpcd loaded; before it starts (early boot) the file as it is now. */
    private static Optional<StaticConfig> dhcpcdStatic(Host host, String device) {
        DhcpcdConf conf = DhcpcdDaemon.loaded(host)
                .orElseGet(() -> DhcpcdConf.parse(host.fs().readOr(DhcpcdConf.PATH, "")));
        return conf.staticFor(device);
    }

    private static Optional<StaticConfig> netplanStatic(Host host, String device) {
        for (String name : host.fs().listOrEmpty("/etc/netplan")) {
            if (!name.endsWith(".yaml")) {
                continue;
            }
            Map<String, Object> doc = MiniYaml.map(MiniYaml.parse(host.fs().readOr("/etc/netplan/" + name, ""), "/etc/netplan/" + name));
            Map<String, Object> eth = MiniYaml.map(MiniYaml.map(MiniYaml.map(doc.get("network")).get("ethernets")).get(device));
            List<?> addresses = MiniYaml.list(eth.get("addresses"));
            if ("false".equals(MiniYaml.string(eth.get("dhcp4"), "true")) && !addresses.isEmpty()) {
                String gateway = null;
                for (Object r : MiniYaml.list(eth.get("routes"))) {
                    Map<String, Object> rm = MiniYaml.map(r);
                    if ("default".equals(rm.get("to")) || "0.0.0.0/0".equals(rm.get("to"))) {
                        gateway = MiniYaml.string(rm.get("via"), null);
                    }
                }
                if (gateway == null) {
                    gateway = MiniYaml.string(eth.get("gateway4"), null);
                }
                List<String> dns = new ArrayList<>();
                MiniYaml.list(MiniYaml.map(eth.get("nameservers")).get("addresses")).forEach(d -> dns.add(d.toString()));
                String gw = gateway;
                return parseCidr(addresses.get(0).toString()).map(c -> new StaticConfig(c.address(), c.prefix(), gw, dns));
            }
        }
        return Optional.empty();
    }

    /** {@code 10.0.0.11/24} -> address and prefix (prefix 32 when missing, as NetworkManager does). */
    public static Optional<StaticConfig> parseCidr(String cidr) {
        String[] p = cidr.strip().split("/");
        if (!Ipv4.isAddress(p[0])) {
            return Optional.empty();
        }
        int prefix = 32;
        if (p.length > 1) {
            if (!p[1].matches("\\d{1,2}") || Integer.parseInt(p[1]) > 32) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p[1]);
        }
        return Optional.of(new StaticConfig(p[0], prefix, null, List.of()));
    }
}
