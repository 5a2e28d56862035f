package org.pilab.node.net;

import java.util.Optional;

import org.pilab.node.Host;

/**
 * Name lookup as glibc does it on these images ({@code hosts: files mdns4_minimal dns}):
 * /etc/hosts first, then {@code name.local} over mDNS (avahi), then the router's DNS, which in
 * the lab knows no local names.
 */
public final class Resolver {

    private Resolver() {
    }

    public static Optional<String> resolve(Host from, String name) {
        if (Ipv4.isAddress(name)) {
            return Optional.of(name);
        }
        if (name.equals("localhost")) {
            return Optional.of("127.0.0.1");
        }
        for (String line : from.fs().readOr("/etc/hosts", "").split("\n")) {
            String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String[] f = l.trim().split("\\s+");
            if (f.length < 2 || !Ipv4.isAddress(f[0])) {
                continue;
            }
            for (int i = 1; i < f.length; i++) {
                if (f[i].equalsIgnoreCase(name)) {
                    return Optional.of(f[0]);
                }
            }
        }
        if (name.endsWith(".local")) {
            String bare = name.substring(0, name.length() - ".local".length());
            for (Host h : from.network().hosts()) {
                if (h.isUp() && h.hostname().equalsIgnoreCase(bare) && !h.addresses().isEmpty()) {
                    return Optional.of(h.addresses().get(0));
                }
            }
        }
        return Optional.empty();
    }
}
