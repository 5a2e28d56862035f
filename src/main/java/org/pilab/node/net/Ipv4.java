package org.pilab.node.net;

/** IPv4 helpers for dotted-quad strings and CIDR prefixes. */
public final class Ipv4 {

    private Ipv4() {
    }

    public static boolean isAddress(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) {
            return false;
        }
        for (String part : p) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    public static long toLong(String address) {
        long v = 0;
        for (String part : address.split("\\.")) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }

    public static String fromLong(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    public static boolean sameSubnet(String a, String b, int prefix) {
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return (toLong(a) & mask) == (toLong(b) & mask);
    }

    public static String network(String address, int prefix) {
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return fromLong(toLong(address) & mask);
    }

    public static String broadcast(String address, int prefix) {
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return fromLong((toLong(address) & mask) | (~mask & 0xffffffffL));
    }
}
