package org.pilab.node.service;

import java.util.ArrayList;
import java.util.List;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * Debian's {@code service NAME ACTION} (init-system-helpers): on a systemd host it hands
 * start, stop, restart, try-restart, reload and status to {@code systemctl ACTION NAME.service},
 * so the messages, exit codes and the need for root are systemctl's. {@code --status-all}
 * lists the units with {@code [ + ]} / {@code [ - ]} as the script prints init scripts.
 */
public final class ServiceCommand implements Command {

    private static final String USAGE = "Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]";

    private final SystemctlCommand systemctl = new SystemctlCommand();

    @Override
    public int run(Invocation inv) {
        List<String> a = inv.args();
        if (a.isEmpty()) {
            inv.err().println(USAGE);
            return 1;
        }
        if (a.get(0).equals("--status-all")) {
            ServiceManager sm = inv.host().services();
            for (UnitFile u : sm.units()) {
                inv.out().println(" [ " + (sm.isActive(u.name()) ? "+" : "-") + " ]  " + u.name());
            }
            return 0;
        }
        if (a.get(0).equals("--help") || a.get(0).equals("-h")) {
            inv.out().println(USAGE);
            return 0;
        }
        if (a.get(0).equals("--version")) {
            inv.out().println("service ver. 1.65.2");
            return 0;
        }
        String name = a.get(0);
        String unit = (name.endsWith(".sh") ? name.substring(0, name.length() - 3) : name) + ".service";
        if (a.size() < 2) {
            // without an action the script runs the init script bare, which prints its own usage
            inv.err().println("Usage: /etc/init.d/" + name + " {start|stop|restart|force-reload|status}");
            return 1;
        }
        String action = a.get(1);
        String verb = switch (action) {
            case "start", "stop", "restart", "try-restart", "reload", "status" -> action;
            case "force-reload" -> "restart";
            case "--full-restart" -> "restart";
            default -> null;
        };
        if (verb == null) {
            inv.err().println("Usage: /etc/init.d/" + name + " {start|stop|restart|force-reload|status}");
            return 1;
        }
        List<String> argv = new ArrayList<>(List.of(verb, unit));
        return systemctl.run(new Invocation("systemctl", argv, inv.session(), inv.stdin(), inv.out(), inv.err()));
    }
}
