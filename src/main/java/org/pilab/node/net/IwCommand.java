package org.pilab.node.net;

import java.util.List;
import java.util.Optional;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** iw [dev] wlan0 get|set power_save [on|off]: the Wi-Fi power-saving switch. */
public final class IwCommand implements Command {

    @Override
    public int run(Invocation inv) {
        List<String> a = inv.args().stream().filter(x -> !x.equals("dev")).toList();
        if (a.size() < 3 || !a.get(2).equals("power_save")) {
            inv.err().println("Usage:\tiw [options] command");
            inv.err().println("Do NOT screenscrape this tool, we don't consider its output stable.");
            return 1;
        }
        Optional<NetInterface> i = inv.host().netInterface(a.get(0)).filter(n -> n.kind() == InterfaceKind.WIFI);
        if (i.isEmpty()) {
            inv.err().println("command failed: No such device (-19)");
            return 237;
        }
        if (a.get(1).equals("get")) {
            inv.out().println("Power save: " + (i.get().powerSave() ? "on" : "off"));
            return 0;
        }
        if (!a.get(1).equals("set") || a.size() < 4 || !(a.get(3).equals("on") || a.get(3).equals("off"))) {
            inv.err().println("Invalid parameter: " + (a.size() < 4 ? "" : a.get(3)));
            return 1;
        }
        if (!inv.session().isRoot()) {
            inv.err().println("command failed: Operation not permitted (-1)");
            return 255;
        }
        i.get().powerSave(a.get(3).equals("on"));
        return 0;
    }
}
