package org.pilab.slurm.daemon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.HostEvent;
import org.pilab.node.Network;
import org.pilab.node.net.Reachability;
import org.pilab.node.net.Resolver;
import org.pilab.sim.SimEvent;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.ExternalCommand;
import org.pilab.slurm.ctl.Node;

/**
 * SLURM on one lab network: which controller is running (owned by slurmctld on its host), the
 * commands batch scripts may call, and the clock bridge that keeps the controller's event
 * queue in step with the network's virtual clock.
 *
 * <p>The controller has its own event queue in whole epoch seconds; the network has one in
 * milliseconds. One network event always sits at the controller's next event time, so the
 * controller's job ends and scheduler passes happen in order with daemon exits and boots while
 * the network clock runs ({@code sleep 60} in the shell).</p>
 */
public final class SlurmRuntime {

    private final Network network;
    private final Map<String, ExternalCommand> externals = new LinkedHashMap<>();
    private final List<Runnable> controllerChanges = new ArrayList<>();
    private Controller controller;
    private Host controllerHost;
    /** What slurmctld saved in StateSaveLocation when it stopped, and on which host. */
    private Controller saved;
    private Host savedOn;
    private SimEvent bridge;
    /** True while the controller's clock runs: a job's command must not move the clocks again. */
    private boolean advancing;

    private SlurmRuntime(Network network) {
        this.network = network;
    }

    /** Adds slurmctld, slurmd and the SLURM client commands to {@code network}. */
    public static SlurmRuntime install(Network network) {
        SlurmRuntime rt = new SlurmRuntime(network);
        network.behaviours().register("slurmctld", new SlurmctldDaemon(rt));
        network.behaviours().register("slurmd", new SlurmdDaemon(rt));
        SlurmClientCommands.registerAll(network.commands(), rt);
        network.addListener(rt::hostEvent);
        return rt;
    }

    public Network network() {
        return network;
    }

    /** The running controller (slurmctld up), if any. */
    public Optional<Controller> controller() {
        return Optional.ofNullable(controller);
    }

    /** The host whose slurmctld owns the controller. */
    public Optional<Host> controllerHost() {
        return Optional.ofNullable(controllerHost);
    }

    /** Lets batch scripts call {@code name}; applies to controllers started from now on and the running one. */
    public void registerExternal(String name, ExternalCommand command) {
        externals.put(name, command);
        if (controller != null) {
            controller.registerCommand(name, command);
        }
    }

    Map<String, ExternalCommand> externals() {
        return externals;
    }

    /** Called whenever a controller starts or stops (the dashboard follows the new one). */
    public void onControllerChange(Runnable r) {
        controllerChanges.add(r);
    }

    /** The controller's clock, in epoch seconds, that matches the network's clock now. */
    long networkSeconds() {
        return Math.floorDiv(network.nowMillis(), 1000);
    }

    void controllerStarted(Host host, Controller c) {
        this.controller = c;
        this.controllerHost = host;
        armBridge();
        controllerChanges.forEach(Runnable::run);
    }

    void controllerStopped(Host host) {
        if (controllerHost == host) {
            saved = controller;
            savedOn = host;
            controller = null;
            controllerHost = null;
            if (bridge != null) {
                network.simulator().cancel(bridge);
                bridge = null;
            }
            controllerChanges.forEach(Runnable::run);
        }
    }

    /**
     * The state slurmctld saved when it last stopped on {@code host}, with {@code spec}'s partitions
     * and scheduler applied, as a restarted slurmctld recovers jobs and accounting from
     * StateSaveLocation; empty when none was saved there or the nodes were redefined (then the
     * controller starts afresh). Taken once: the caller owns it from then on.
     */
    Optional<Controller> recoverSaved(Host host, org.pilab.slurm.ctl.ClusterSpec spec) {
        Controller c = saved;
        Host on = savedOn;
        saved = null;
        savedOn = null;
        if (c == null || on != host) {
            return Optional.empty();
        }
        try {
            c.reconfigure(spec);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /**
     * Brings the two clocks together: the controller runs up to the network's time, and when a
     * command (srun waiting for its job) ran the controller ahead, the network follows it.
     */
    public void sync() {
        if (controller == null || advancing) {
            return;
        }
        catchUp();
        long ahead = controller.now() * 1000 - network.nowMillis();
        if (ahead > 0) {
            network.advance(ahead);
        }
        armBridge();
    }

    /**
     * Runs the controller up to the network's time only (safe inside a network event, where the
     * network clock must not be moved).
     */
    void catchUp() {
        if (controller != null && !advancing) {
            advanceController(controller);
            armBridge();
        }
    }

    /**
     * Runs a client tool against the controller; tools such as srun run the controller's clock
     * themselves, and the jobs' commands then must not move it again.
     */
    <T> T withController(java.util.function.Function<Controller, T> tool) {
        boolean was = advancing;
        advancing = true;
        try {
            return tool.apply(controller);
        } finally {
            advancing = was;
        }
    }

    private void advanceController(Controller c) {
        advancing = true;
        try {
            c.advanceTo(networkSeconds());
        } finally {
            advancing = false;
        }
    }

    /** Keeps one network event at the controller's next event. */
    private void armBridge() {
        if (bridge != null) {
            network.simulator().cancel(bridge);
            bridge = null;
        }
        if (controller == null) {
            return;
        }
        long next = controller.nextEventTime();
        if (next == Long.MAX_VALUE) {
            return;
        }
        long atNetworkMillis = next * 1000 - network.nowMillis() + network.simulator().now();
        long at = Math.max(atNetworkMillis, network.simulator().now() + 1);
        Controller c = controller;
        bridge = network.simulator().schedule(at, () -> {
            bridge = null;
            if (controller == c && !advancing) {
                advanceController(c);
                armBridge();
            }
        });
    }

    // ---------------------------------------------------------------- hosts and nodes

    /** The up host whose hostname is {@code nodeName}. */
    public Optional<Host> hostOfNode(String nodeName) {
        return network.hosts().stream().filter(h -> h.hostname().equals(nodeName)).findFirst();
    }

    /** The controller's node for {@code host}, if the running controller has one by its name. */
    Optional<Node> nodeOf(Host host) {
        return controller == null ? Optional.empty() : Optional.ofNullable(controller.node(host.hostname()));
    }

    /**
     * Whether a SLURM message from {@code from} reaches slurmctld: a running controller on the
     * host {@code SlurmctldHost} names (resolved from {@code from}), reachable over the network.
     */
    boolean controllerReachable(Host from, String slurmctldHost) {
        if (controller == null || controllerHost == null || !controllerHost.isUp()) {
            return false;
        }
        if (from == controllerHost && (slurmctldHost.equals(from.hostname()) || slurmctldHost.equals("localhost"))) {
            return true;
        }
        Optional<String> address = Resolver.resolve(from, slurmctldHost);
        if (address.isEmpty()) {
            return false;
        }
        Reachability.Result r = Reachability.check(from, address.get());
        if (r.kind() == Reachability.Kind.LOCAL) {
            return from == controllerHost;
        }
        return r.kind() == Reachability.Kind.REACHABLE && r.target().host() == controllerHost;
    }

    /** Whether {@code node}'s host can be reached from the controller's host right now. */
    boolean reachableFromController(Host node) {
        if (controllerHost == null || !node.isUp()) {
            return false;
        }
        if (node == controllerHost) {
            return true;
        }
        return node.addresses().stream().anyMatch(a -> {
            Reachability.Result r = Reachability.check(controllerHost, a);
            return r.kind() == Reachability.Kind.REACHABLE && r.target().host() == node;
        });
    }

    private void hostEvent(HostEvent e) {
        switch (e.kind()) {
            case CABLE_UNPLUGGED -> nodeOf(e.host()).ifPresent(n -> {
                catchUp();
                controller.loseContact(n);
                armBridge();
            });
            case CABLE_PLUGGED -> {
                if (SlurmdDaemon.running(e.host())) {
                    NodeRegistration.register(this, e.host());
                }
            }
            default -> {
                // power and boot: the daemons' own stop and start handle them
            }
        }
    }

    /** After a controller operation outside a command (registration, contact lost), re-arm the bridge. */
    void changed() {
        armBridge();
    }
}
