package org.pilab.node.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.sim.SimEvent;

/**
 * systemd on one host: unit definitions, enablement, and start/stop with the journal lines
 * systemd 252 writes. The daemon behind each unit is a {@link ServiceBehaviour}.
 */
public final class ServiceManager {

    /** What a start request led to, which is what decides systemctl's message and exit status. */
    public enum StartOutcome { STARTED, ALREADY_ACTIVE, CONDITION_FAILED, FAILED, NOT_FOUND }

    private static final String WANTS_DIR = "/etc/systemd/system/multi-user.target.wants/";

    private final Host host;
    private final Map<String, UnitFile> units = new LinkedHashMap<>();
    private final Map<String, UnitRuntime> runtime = new HashMap<>();
    private final Set<String> enabled = new LinkedHashSet<>();
    private final Map<String, SimEvent> pendingExits = new HashMap<>();

    public ServiceManager(Host host) {
        this.host = host;
    }

    // ---------------------------------------------------------------- definitions

    /** Installs a unit (package postinst): writes its file; enablement is separate. */
    public void define(UnitFile unit) {
        units.put(unit.name(), unit);
        runtime.putIfAbsent(unit.name(), UnitRuntime.initial());
        host.fs().install(unitPath(unit), unit.render(), 0, 0, 0644);
    }

    /** Removes a unit (package removal): stops it and deletes file and links. */
    public void undefine(String name) {
        unit(name).ifPresent(u -> {
            stop(u.name());
            setEnabled(u.name(), false);
            units.remove(u.name());
            runtime.remove(u.name());
            if (host.fs().exists(unitPath(u))) {
                host.fs().remove(unitPath(u), FsCredentials.ROOT, false);
            }
        });
    }

    public String unitPath(UnitFile unit) {
        return host.os().unitDirectory() + "/" + unit.fullName();
    }

    /** The unit called {@code name} (with or without {@code .service}, or an alias). */
    public Optional<UnitFile> unit(String name) {
        String n = name.endsWith(".service") ? name.substring(0, name.length() - ".service".length()) : name;
        UnitFile direct = units.get(n);
        if (direct != null) {
            return Optional.of(direct);
        }
        return units.values().stream().filter(u -> u.aliases().contains(n)).findFirst();
    }

    public List<UnitFile> units() {
        return List.copyOf(units.values());
    }

    public UnitRuntime runtime(String name) {
        return unit(name).map(u -> runtime.get(u.name())).orElse(UnitRuntime.initial());
    }

    public boolean isActive(String name) {
        return runtime(name).isActive();
    }

    public boolean isEnabled(String name) {
        return unit(name).map(u -> enabled.contains(u.name())).orElse(false);
    }

    /** Enables or disables; returns false when nothing changed. Maintains the wants/ symlink. */
    public boolean setEnabled(String name, boolean on) {
        UnitFile u = unit(name).orElseThrow(() -> new IllegalArgumentException("no unit " + name));
        String link = WANTS_DIR + u.fullName();
        if (on == enabled.contains(u.name())) {
            return false;
        }
        if (on) {
            enabled.add(u.name());
            host.fs().installDir(WANTS_DIR.substring(0, WANTS_DIR.length() - 1), 0, 0, 0755);
            host.fs().symlink(unitPath(u), link, FsCredentials.ROOT);
        } else {
            enabled.remove(u.name());
            if (host.fs().statIfExists(link).isPresent() || host.fs().listOrEmpty(WANTS_DIR).contains(u.fullName())) {
                host.fs().remove(link, FsCredentials.ROOT, false);
            }
        }
        return true;
    }

    public String wantsLink(UnitFile u) {
        return WANTS_DIR + u.fullName();
    }

    // ---------------------------------------------------------------- lifecycle

    public StartOutcome start(String name) {
        Optional<UnitFile> found = unit(name);
        if (found.isEmpty()) {
            return StartOutcome.NOT_FOUND;
        }
        UnitFile u = found.get();
        UnitRuntime now = runtime.get(u.name());
        if (now.isActive()) {
            return StartOutcome.ALREADY_ACTIVE;
        }
        Journal journal = host.journal();
        String title = u.fullName() + " - " + u.description();
        if (u.conditionPathExists() != null && !host.fs().exists(u.conditionPathExists())) {
            runtime.put(u.name(), new UnitRuntime(ActiveState.INACTIVE, "dead", now.sinceMillis(), now.mainPid(),
                    now.exitStatus(), now.failedProcess(), host.clockMillis(), now.cpuMillis()));
            journal.systemd(u.name(), title + " was skipped because of an unmet condition check (ConditionPathExists="
                    + u.conditionPathExists() + ").");
            return StartOutcome.CONDITION_FAILED;
        }
        int pid = host.nextPid();
        long cpu = 10 + host.random("cpu").nextInt(40);
        ServiceContext ctx = new ServiceContext(host, u, pid);
        if (u.type() == UnitType.FORKING || u.type() == UnitType.NOTIFY || u.type() == UnitType.ONESHOT) {
            journal.systemd(u.name(), "Starting " + title + "...");
        }
        StartDecision decision = host.behaviour(u.name()).start(ctx);
        if (u.type() == UnitType.SIMPLE) {
            journal.systemd(u.name(), "Started " + title + ".");
            runtime.put(u.name(), new UnitRuntime(ActiveState.ACTIVE, "running", host.clockMillis(), pid, 0, "", 0, cpu));
            if (!decision.runs()) {
                SimEvent ev = host.network().simulator().scheduleIn(decision.exitAfterMillis(),
                        () -> processExited(u.name(), pid, decision.exitStatus()));
                pendingExits.put(u.name(), ev);
            }
            return StartOutcome.STARTED;
        }
        if (decision.runs()) {
            String sub = u.type() == UnitType.ONESHOT ? "exited" : "running";
            runtime.put(u.name(), new UnitRuntime(ActiveState.ACTIVE, sub, host.clockMillis(), pid, 0, "", 0, cpu));
            journal.systemd(u.name(), "Started " + title + ".");
            return StartOutcome.STARTED;
        }
        runtime.put(u.name(), new UnitRuntime(ActiveState.FAILED, "failed", host.clockMillis(), pid,
                decision.exitStatus(), "control", 0, cpu));
        journal.systemd(u.name(), u.fullName() + ": Control process exited, code=exited, status="
                + ExitStatus.describe(decision.exitStatus()));
        journal.systemd(u.name(), u.fullName() + ": Failed with result 'exit-code'.");
        journal.systemd(u.name(), "Failed to start " + title + ".");
        return StartOutcome.FAILED;
    }

    /**
     * The main process of a running unit ended (scheduled after a Type=simple daemon's start, or
     * called by a higher layer when a daemon dies, e.g. slurmd losing munge).
     */
    public void processExited(String name, int pid, int status) {
        Optional<UnitFile> found = unit(name);
        if (found.isEmpty()) {
            return;
        }
        UnitFile u = found.get();
        UnitRuntime now = runtime.get(u.name());
        if (!now.isActive() || now.mainPid() != pid) {
            return; // restarted or stopped meanwhile
        }
        pendingExits.remove(u.name());
        ServiceContext ctx = new ServiceContext(host, u, pid);
        host.behaviour(u.name()).stop(ctx);
        if (status == 0) {
            host.journal().systemd(u.name(), u.fullName() + ": Deactivated successfully.");
            runtime.put(u.name(), new UnitRuntime(ActiveState.INACTIVE, "dead", host.clockMillis(), pid, 0, "", 0,
                    now.cpuMillis()));
            return;
        }
        host.journal().systemd(u.name(), u.fullName() + ": Main process exited, code=exited, status="
                + ExitStatus.describe(status));
        host.journal().systemd(u.name(), u.fullName() + ": Failed with result 'exit-code'.");
        runtime.put(u.name(), new UnitRuntime(ActiveState.FAILED, "failed", host.clockMillis(), pid, status, "main", 0,
                now.cpuMillis()));
    }

    /** Stops a unit; returns false if it does not exist. A failed unit stays failed. */
    public boolean stop(String name) {
        Optional<UnitFile> found = unit(name);
        if (found.isEmpty()) {
            return false;
        }
        UnitFile u = found.get();
        UnitRuntime now = runtime.get(u.name());
        SimEvent pending = pendingExits.remove(u.name());
        if (pending != null) {
            host.network().simulator().cancel(pending);
        }
        if (!now.isActive()) {
            return true;
        }
        String title = u.fullName() + " - " + u.description();
        host.journal().systemd(u.name(), "Stopping " + title + "...");
        host.behaviour(u.name()).stop(new ServiceContext(host, u, now.mainPid()));
        host.journal().systemd(u.name(), u.fullName() + ": Deactivated successfully.");
        host.journal().systemd(u.name(), "Stopped " + title + ".");
        runtime.put(u.name(), new UnitRuntime(ActiveState.INACTIVE, "dead", host.clockMillis(), now.mainPid(), 0, "", 0,
                now.cpuMillis()));
        return true;
    }

    /** Clears a failed state (systemctl reset-failed). */
    public void resetFailed(String name) {
        unit(name).ifPresent(u -> {
            UnitRuntime now = runtime.get(u.name());
            if (now.state() == ActiveState.FAILED) {
                runtime.put(u.name(), new UnitRuntime(ActiveState.INACTIVE, "dead", now.sinceMillis(), now.mainPid(), 0,
                        "", 0, now.cpuMillis()));
            }
        });
    }

    /** Boot: start every enabled unit in installation order. */
    public void startEnabled() {
        for (String name : new ArrayList<>(enabled)) {
            start(name);
        }
    }

    /** Power cut: every daemon is gone at once, nothing is logged. */
    public void powerLoss() {
        for (SimEvent e : pendingExits.values()) {
            host.network().simulator().cancel(e);
        }
        pendingExits.clear();
        for (UnitFile u : units.values()) {
            UnitRuntime now = runtime.get(u.name());
            if (now.isActive()) {
                host.behaviour(u.name()).stop(new ServiceContext(host, u, now.mainPid()));
            }
            runtime.put(u.name(), UnitRuntime.initial());
        }
    }
}
