package org.pilab.node.net;

import java.util.List;

import org.pilab.node.Host;
import org.pilab.node.imaging.MiniYaml;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** netplan apply (Ubuntu): checks the YAML and applies /etc/netplan/*.yaml to the interfaces. */
public final class NetplanCommand implements Command {

    @Override
    public int run(Invocation inv) {
        if (inv.args().isEmpty() || !(inv.args().get(0).equals("apply") || inv.args().get(0).equals("try"))) {
            inv.err().println("usage: /usr/sbin/netplan  [-h] [--debug]  ...");
            return 1;
        }
        Host h = inv.host();
        if (!inv.session().isRoot()) {
            inv.err().println("[Errno 13] Permission denied: '/run/netplan'");
            return 1;
        }
        for (String name : h.fs().listOrEmpty("/etc/netplan")) {
            String path = "/etc/netplan/" + name;
            try {
                MiniYaml.parse(h.fs().read(path), path);
            } catch (IllegalArgumentException e) {
                inv.err().println(e.getMessage());
                return 1;
            }
            if ((h.fs().statIfExists(path).map(s -> s.mode()).orElse(0600) & 0077) != 0) {
                inv.err().println("** (generate:" + h.nextPid() + "): WARNING **: Permissions for " + path
                        + " are too open. Netplan configuration should NOT be accessible by others.");
            }
        }
        List<String> before = h.addresses();
        NetworkSetup.configure(h);
        NmcliCommand.dropSshIfAddressMoved(inv, before);
        return 0;
    }
}
