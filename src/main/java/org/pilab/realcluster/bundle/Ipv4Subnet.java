package org.pilab.realcluster.bundle;

/**
 * An IPv4 network such as {@code 10.0.0.0/24}. Addresses are handed out by host number
 * (1 = the router, 11 = pi01, ...), and a number outside the network is refused.
 */
public record Ipv4Subnet(int network, int prefixLength) {

    public Ipv4Subnet {
        if (prefixLength < 8 || prefixLength > 30) {
            throw new BundleException("subnet prefix /" + prefixLength + " is not usable; use /8 to /30, e.g. 10.0.0.0/24");
        }
        if ((network & ~mask(prefixLength)) != 0) {
            throw new BundleException("subnet " + format(network) + "/" + prefixLength
                    + " has host bits set; did you mean " + format(network & mask(prefixLength)) + "/" + prefixLength + "?");
        }
    }

    public static Ipv4Subnet parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw new BundleException("subnet '" + text + "' needs a prefix length, e.g. 10.0.0.0/24");
        }
        int prefix;
        try {
            prefix = Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new BundleException("subnet '" + text + "': '" + t.substring(slash + 1) + "' is not a prefix length");
        }
        return new Ipv4Subnet(parseAddress(t.substring(0, slash), text), prefix);
    }

    static int parseAddress(String text, String whole) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new BundleException("'" + whole + "' is not an IPv4 address like 10.0.0.0/24");
        }
        int value = 0;
        for (String p : parts) {
            int octet;
            try {
                octet = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                octet = -1;
            }
            if (octet < 0 || octet > 255 || p.isEmpty() || p.length() > 3) {
                throw new BundleException("'" + whole + "': '" + p + "' is not a number from 0 to 255");
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** How many host numbers the network has (without network and broadcast address). */
    public long hostCount() {
        return (1L << (32 - prefixLength)) - 2;
    }

    /** The address of host number {@code host} (1 is the first usable one). */
    public String host(int host) {
        if (host < 1 || host > hostCount()) {
            throw new BundleException("subnet " + this + " has no host number " + host
                    + " (it holds " + hostCount() + " hosts); choose a larger subnet");
        }
        return format(network + host);
    }

    public String netmask() {
        return format(mask(prefixLength));
    }

    static String format(int address) {
        return ((address >>> 24) & 255) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "."
                + (address & 255);
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefixLength;
    }
}
