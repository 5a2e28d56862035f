package org.pilab.node.nfs;

import java.util.List;

import org.pilab.node.net.Ipv4;

/**
 * One /etc/exports line: a directory and who may mount it with which options.
 *
 * @param clients client specs ({@code 10.0.0.0/24}, {@code *}, an address or a host name) with their options
 */
public record Export(String path, List<Client> clients) {

    public Export {
        clients = List.copyOf(clients);
    }

    public record Client(String spec, List<String> options) {
        public Client {
            options = List.copyOf(options);
        }

        public boolean allows(String address, String hostname) {
            if (spec.equals("*")) {
                return true;
            }
            if (spec.contains("/")) {
                String[] p = spec.split("/");
                return Ipv4.isAddress(p[0]) && p[1].matches("\\d+") && Ipv4.sameSubnet(p[0], address, Integer.parseInt(p[1]));
            }
            return spec.equals(address) || spec.equalsIgnoreCase(hostname);
        }

        public boolean rootSquash() {
            return !options.contains("no_root_squash");
        }

        public boolean readOnly() {
            return !options.contains("rw");
        }
    }
}
