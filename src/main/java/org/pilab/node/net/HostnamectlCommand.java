package org.pilab.node.net;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * hostnamectl [set-hostname NAME]. Setting the name writes /etc/hostname but, as on the real
 * system, leaves /etc/hosts alone (so sudo then warns it cannot resolve the new name).
 */
public final class HostnamectlCommand implements Command {

    @Override
    public int run(Invocation inv) {
        Host h = inv.host();
        if (inv.args().isEmpty() || inv.args().get(0).equals("status")) {
            inv.out().println(" Static hostname: " + h.fs().readOr("/etc/hostname", h.hostname()).strip());
            if (!h.fs().readOr("/etc/hostname", "").strip().equals(h.hostname())) {
                inv.out().println("Transient hostname: " + h.hostname());
            }
            inv.out().println("       Icon name: computer");
            inv.out().println("      Machine ID: " + String.format("%032x", h.id().hashCode() & 0xffffffffL));
            inv.out().println("Operating System: " + h.os().prettyName());
            inv.out().println("          Kernel: Linux " + h.kernelRelease());
            inv.out().println("    Architecture: " + (h.hardware().arch().equals("aarch64") ? "arm64" : "x86-64"));
            if (h.hardware().isRaspberryPi()) {
                inv.out().println("  Hardware Model: " + h.hardware().model());
            }
            return 0;
        }
        if (!inv.args().get(0).equals("set-hostname") && !inv.args().get(0).equals("hostname")) {
            inv.err().println("Unknown command verb " + inv.args().get(0) + ".");
            return 1;
        }
        if (inv.args().size() < 2) {
            inv.err().println("Too few arguments.");
            return 1;
        }
        String name = inv.args().get(1);
        if (!inv.session().isRoot()) {
            inv.err().println("Could not set static hostname: Interactive authentication required.");
            return 1;
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}")) {
            inv.err().println("Invalid static hostname '" + name + "'");
            return 1;
        }
        h.fs().install("/etc/hostname", name + "\n", 0, 0, 0644);
        h.hostname(name);
        return 0;
    }
}
