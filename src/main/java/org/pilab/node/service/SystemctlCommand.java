package org.pilab.node.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * systemctl with systemd 252's messages: silent success, "Job for X failed" only for units whose
 * start is synchronous (forking), the sysv-install lines on enable for units with an init
 * script, and the status layout of {@link UnitStatusFormatter}.
 */
public final class SystemctlCommand implements Command {

    @Override
    public int run(Invocation inv) {
        List<String> args = new ArrayList<>();
        boolean now = false;
        for (String a : inv.args()) {
            if (a.equals("--now")) {
                now = true;
            } else if (!a.equals("--no-pager") && !a.equals("-l") && !a.equals("--full") && !a.equals("-q")) {
                args.add(a);
            }
        }
        if (args.isEmpty()) {
            inv.out().println("  UNIT                     LOAD   ACTIVE SUB     DESCRIPTION");
            ServiceManager sm = inv.host().services();
            for (UnitFile u : sm.units()) {
                UnitRuntime rt = sm.runtime(u.name());
                inv.out().printf("  %-24s loaded %-6s %-7s %s%n", u.fullName(), rt.state().word(), rt.subState(), u.description());
            }
            return 0;
        }
        String verb = args.get(0);
        List<String> units = args.subList(1, args.size());
        ServiceManager sm = inv.host().services();
        boolean needsRoot = switch (verb) {
            case "start", "stop", "restart", "reload", "enable", "disable", "daemon-reload", "reset-failed", "try-restart" -> true;
            default -> false;
        };
        if (needsRoot && !inv.session().isRoot()) {
            if (verb.equals("enable") || verb.equals("disable")) {
                inv.err().println("Failed to " + verb + " unit: Interactive authentication required.");
            } else if (verb.equals("daemon-reload")) {
                inv.err().println("Failed to reload daemon: Interactive authentication required.");
            } else {
                String unit = units.isEmpty() ? "" : full(units.get(0));
                inv.err().println("Failed to " + verb + " " + unit + ": Interactive authentication required.");
                inv.err().println("See system logs and 'systemctl status " + unit + "' for details.");
            }
            return 1;
        }
        if (units.isEmpty() && !verb.equals("daemon-reload") && !verb.equals("reset-failed")) {
            inv.err().println("Too few arguments.");
            return 1;
        }
        return switch (verb) {
            case "start" -> start(inv, sm, units);
            case "stop" -> stop(inv, sm, units);
            case "restart", "try-restart", "reload" -> {
                int s = 0;
                for (String u : units) {
                    if (sm.unit(u).isEmpty()) {
                        inv.err().println("Failed to " + verb + " " + full(u) + ": Unit " + full(u) + " not found.");
                        s = 5;
                        continue;
                    }
                    sm.stop(u);
                    s = Math.max(s, start(inv, sm, List.of(u)));
                }
                yield s;
            }
            case "enable" -> enable(inv, sm, units, true, now);
            case "disable" -> enable(inv, sm, units, false, now);
            case "is-active" -> isActive(inv, sm, units);
            case "is-failed" -> {
                boolean any = false;
                for (String u : units) {
                    boolean failed = sm.runtime(u).state() == ActiveState.FAILED;
                    inv.out().println(sm.unit(u).isEmpty() ? "inactive" : sm.runtime(u).state().word());
                    any |= failed;
                }
                yield any ? 0 : 1;
            }
            case "is-enabled" -> isEnabled(inv, sm, units);
            case "status" -> status(inv, units);
            case "daemon-reload" -> 0;
            case "reset-failed" -> {
                (units.isEmpty() ? sm.units().stream().map(UnitFile::name).toList() : units).forEach(sm::resetFailed);
                yield 0;
            }
            default -> {
                inv.err().println("Unknown command verb " + verb + ".");
                yield 1;
            }
        };
    }

    static String full(String unit) {
        return unit.contains(".") ? unit : unit + ".service";
    }

    private int start(Invocation inv, ServiceManager sm, List<String> units) {
        int status = 0;
        for (String u : units) {
            switch (sm.start(u)) {
                case NOT_FOUND -> {
                    inv.err().println("Failed to start " + full(u) + ": Unit " + full(u) + " not found.");
                    status = 5;
                }
                case FAILED -> {
                    String f = sm.unit(u).map(UnitFile::fullName).orElse(full(u));
                    inv.err().println("Job for " + f + " failed because the control process exited with error code.");
                    inv.err().println("See \"systemctl status " + f + "\" and \"journalctl -xeu " + f + "\" for details.");
                    status = Math.max(status, 1);
                }
                default -> {
                }
            }
        }
        return status;
    }

    private int stop(Invocation inv, ServiceManager sm, List<String> units) {
        int status = 0;
        for (String u : units) {
            if (!sm.stop(u)) {
                inv.err().println("Failed to stop " + full(u) + ": Unit " + full(u) + " not loaded.");
                status = 5;
            }
        }
        return status;
    }

    private int enable(Invocation inv, ServiceManager sm, List<String> units, boolean on, boolean now) {
        Host host = inv.host();
        for (String u : units) {
            Optional<UnitFile> unit = sm.unit(u);
            if (unit.isEmpty()) {
                inv.err().println("Failed to " + (on ? "enable" : "disable") + " unit: Unit file " + full(u) + " does not exist.");
                return 1;
            }
            UnitFile uf = unit.get();
            if (uf.hasSysvScript()) {
                String unitDir = host.os().unitDirectory();
                String helper = unitDir.substring(0, unitDir.lastIndexOf('/')) + "/systemd-sysv-install";
                inv.err().println("Synchronizing state of " + uf.fullName() + " with SysV service script with " + helper + ".");
                inv.err().println("Executing: " + helper + " " + (on ? "enable" : "disable") + " " + uf.name());
            }
            if (sm.setEnabled(uf.name(), on)) {
                if (on) {
                    inv.err().println("Created symlink " + sm.wantsLink(uf) + " \u2192 " + sm.unitPath(uf) + ".");
                } else {
                    inv.err().println("Removed \"" + sm.wantsLink(uf) + "\".");
                }
            }
        }
        if (now) {
            return on ? start(inv, sm, units) : stop(inv, sm, units);
        }
        return 0;
    }

    private int isActive(Invocation inv, ServiceManager sm, List<String> units) {
        boolean allActive = true;
        for (String u : units) {
            ActiveState s = sm.unit(u).isPresent() ? sm.runtime(u).state() : ActiveState.INACTIVE;
            inv.out().println(s.word());
            allActive &= s == ActiveState.ACTIVE;
        }
        return allActive ? 0 : 3;
    }

    private int isEnabled(Invocation inv, ServiceManager sm, List<String> units) {
        int status = 0;
        for (String u : units) {
            if (sm.unit(u).isEmpty()) {
                inv.err().println("Failed to get unit file state for " + full(u) + ": No such file or directory");
                return 1;
            }
            boolean on = sm.isEnabled(u);
            inv.out().println(on ? "enabled" : "disabled");
            if (!on) {
                status = 1;
            }
        }
        return status;
    }

    private int status(Invocation inv, List<String> units) {
        int status = 0;
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            Optional<UnitFile> unit = inv.host().services().unit(u);
            if (unit.isEmpty()) {
                inv.err().println("Unit " + full(u) + " could not be found.");
                status = 4;
                continue;
            }
            if (i > 0) {
                inv.out().println();
            }
            boolean showLog = inv.session().isRoot() || inv.host().accounts().inGroup(inv.user(), "adm")
                    || inv.host().accounts().inGroup(inv.user(), "systemd-journal");
            inv.out().print(UnitStatusFormatter.format(inv.host(), unit.get(), showLog));
            if (!inv.host().services().isActive(u)) {
                status = Math.max(status, 3);
            }
        }
        return status;
    }
}
