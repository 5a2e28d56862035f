package org.pilab.node.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pilab.node.net.NetworkSetup.StaticConfig;

/**
 * /etc/dhcpcd.conf as dhcpcd reads it (Raspberry Pi OS Bullseye and older): options apply to
 * the {@code interface X} block they follow; {@code static ip_address=}, {@code static routers=}
 * and {@code static domain_name_servers=} in a block give that interface a fixed address.
 * Like dhcpcd, a line it cannot understand is skipped with a warning and the rest still applies.
 *
 * @param statics  the static configuration per interface (only those with a valid ip_address)
 * @param warnings the lines dhcpcd skipped and what it logs about them, in file order
 */
public record DhcpcdConf(Map<String, StaticConfig> statics, List<Warning> warnings) {

    /** A skipped line: its 1-based number and dhcpcd's message, e.g. {@code unknown option: foo}. */
    public record Warning(int line, String message) {
    }

    public static final String PATH = "/etc/dhcpcd.conf";

    /** The options dhcpcd accepts that the model knows of (anything else is "unknown option"). */
    private static final Set<String> KNOWN = Set.of("hostname", "clientid", "duid", "persistent", "option", "require",
            "slaac", "controlgroup", "interface", "ssid", "profile", "fallback", "static", "nohook", "noipv6", "noarp",
            "denyinterfaces", "allowinterfaces", "metric", "ipv4only", "ipv6only", "noipv6rs", "timeout", "reboot",
            "waitip", "background", "nodhcp", "nodhcp6", "noipv4ll", "ipv4", "ipv6", "inform", "request", "arping",
            "vendorclassid", "nooption", "env", "script", "leasetime", "nogateway", "release", "logfile");

    public DhcpcdConf {
        statics = Map.copyOf(statics);
        warnings = List.copyOf(warnings);
    }

    public Optional<StaticConfig> staticFor(String device) {
        return Optional.ofNullable(statics.get(device));
    }

    public static DhcpcdConf parse(String text) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        Block current = null; // null: global options, or a profile/ssid block, which the model does not apply
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // dhcpcd ends an option's name at white space or '=' ("metric=200" works too)
            String[] kv = line.split("[\\s=]+", 2);
            String option = kv[0];
            String arg = kv.length > 1 ? kv[1].strip() : "";
            if (!KNOWN.contains(option)) {
                warnings.add(new Warning(n + 1, "unknown option: " + option));
                continue;
            }
            switch (option) {
                case "interface" -> {
                    if (arg.isEmpty()) {
                        warnings.add(new Warning(n + 1, "interface: option requires an argument"));
                        current = null;
                    } else {
                        current = blocks.computeIfAbsent(arg.split("\\s+")[0], d -> new Block());
                    }
                }
                case "ssid", "profile" -> current = null;
                case "static" -> readStatic(arg, current, warnings, n + 1);
                default -> {
                    // other options do not change which address the interface gets
                }
            }
        }
        Map<String, StaticConfig> statics = new LinkedHashMap<>();
        blocks.forEach((device, b) -> {
            if (b.address != null) {
                statics.put(device, new StaticConfig(b.address.address(), b.address.prefix(), b.router, b.dns));
            }
        });
        return new DhcpcdConf(statics, warnings);
    }

    private static void readStatic(String arg, Block block, List<Warning> warnings, int line) {
        int eq = arg.indexOf('=');
        if (eq <= 0) {
            warnings.add(new Warning(line, "static: option requires an argument"));
            return;
        }
        String key = arg.substring(0, eq).strip();
        String value = arg.substring(eq + 1).strip();
        switch (key) {
            case "ip_address" -> {
                Optional<StaticConfig> a = parseAddress(value);
                if (a.isEmpty()) {
                    warnings.add(new Warning(line, "failed to convert " + value));
                } else if (block != null) {
                    block.address = a.get();
                }
            }
            case "routers" -> {
                String first = value.split("\\s+")[0];
                if (!Ipv4.isAddress(first)) {
                    warnings.add(new Warning(line, "failed to convert " + value));
                } else if (block != null) {
                    block.router = first;
                }
            }
            case "domain_name_servers" -> {
                List<String> dns = new ArrayList<>();
                for (String d : value.split("\\s+")) {
                    // IPv6 servers are valid for dhcpcd; the model's resolver uses IPv4 ones only
                    if (Ipv4.isAddress(d)) {
                        dns.add(d);
                    }
                }
                if (block != null) {
                    block.dns = dns;
                }
            }
            case "ip6_address", "domain_name", "domain_search" -> {
                // accepted by dhcpcd; not modelled
            }
            default -> warnings.add(new Warning(line, "unknown option: " + key));
        }
    }

    /** dhcpcd takes a missing prefix from the address class (10.x is /8, 172.16.x /16, 192.168.x /24). */
    private static Optional<StaticConfig> parseAddress(String value) {
        if (value.contains("/")) {
            return NetworkSetup.parseCidr(value);
        }
        if (!Ipv4.isAddress(value)) {
            return Optional.empty();
        }
        int first = Integer.parseInt(value.substring(0, value.indexOf('.')));
        int prefix = first < 128 ? 8 : first < 192 ? 16 : 24;
        return Optional.of(new StaticConfig(value, prefix, null, List.of()));
    }

    /** One interface's static settings while the file is read. */
    private static final class Block {
        private StaticConfig address;
        private String router;
        private List<String> dns = List.of();
    }

    /** Raspberry Pi OS Bullseye's shipped file: DHCP everywhere, a commented static example. */
    public static final String STOCK = """
            # A sample configuration for dhcpcd.
            # See dhcpcd.conf(5) for details.

            # Allow users of this group to interact with dhcpcd via the control socket.
            #controlgroup wheel

            # Inform the DHCP server of our hostname for DDNS.
            hostname

            # Use the hardware address of the interface for the Client ID.
            clientid
            # or
            # Use the same DUID + IAID as set in DHCPv6 for DHCPv4 ClientID as per RFC4361.
            # Some non-RFC compliant DHCP servers do not reply with this set.
            # In this case, comment out duid and enable clientid above.
            #duid

            # Persist interface configuration when dhcpcd exits.
            persistent

            # Rapid commit support.
            # Safe to enable by default because it requires the equivalent option set
            # on the server to actually work.
            option rapid_commit

            # A list of options to request from the DHCP server.
            option domain_name_servers, domain_name, domain_search, host_name
            option classless_static_routes
            # Respect the network MTU. This is applied to DHCP routes.
            option interface_mtu

            # Most distributions have NTP support.
            #option ntp_servers

            # A ServerID is required by RFC2131.
            require dhcp_server_identifier

            # Generate SLAAC address using the Hardware Address of the interface
            #slaac hwaddr
            # OR generate Stable Private IPv6 Addresses based from the DUID
            slaac private

            # Example static IP configuration:
            #interface eth0
            #static ip_address=192.168.0.10/24
            #static ip6_address=fd51:42f8:caae:d92e::ff/64
            #static routers=192.168.0.1
            #static domain_name_servers=192.168.0.1 8.8.8.8 fd51:42f8:caae:d92e::1

            # It is possible to fall back to a static IP if DHCP fails:
            # define static profile
            #profile static_eth0
            #static ip_address=192.168.1.23/24
            #static routers=192.168.1.1
            #static domain_name_servers=192.168.1.1

            # fallback to static profile on eth0
            #interface eth0
            #fallback static_eth0
            """;
}
