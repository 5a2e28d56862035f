package org.pilab.slurm.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.shell.Session;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.ExternalCommand;
import org.pilab.slurm.daemon.SlurmRuntime;

/**
 * One deterministic world from a seed: the laptop and the boards on the lab network, SLURM's
 * daemons and client commands on every host, and at most one running virtual controller (the
 * one slurmctld on the head node owns). Build it with {@link Scenarios}.
 */
public final class Lab {

    private final String scenario;
    private final long seed;
    private final org.pilab.node.scenario.Lab world;
    private final SlurmRuntime slurm;
    private final List<String> faults = new ArrayList<>();
    private final LabThermals thermals;

    private Lab(String scenario, long seed, org.pilab.node.scenario.Lab world, SlurmRuntime slurm) {
        this.scenario = scenario;
        this.seed = seed;
        this.world = world;
        this.slurm = slurm;
        this.thermals = new LabThermals(slurm);
    }

    /** Adds SLURM to a node-layer world that has run no SLURM yet; boards get heatsinks. */
    static Lab wrap(String scenario, long seed, org.pilab.node.scenario.Lab world) {
        return wrap(scenario, seed, world, List.of());
    }

    /** As {@link #wrap(String, long, org.pilab.node.scenario.Lab)}, with each board's cooling from its plan. */
    static Lab wrap(String scenario, long seed, org.pilab.node.scenario.Lab world, List<NodePlan> plans) {
        Lab lab = new Lab(scenario, seed, world, SlurmRuntime.install(world.network()));
        RackCommands.registerAll(world.network().commands(), lab.thermals);
        for (int i = 0; i < world.boards().size(); i++) {
            lab.thermals.install(world.boards().get(i),
                    i < plans.size() ? plans.get(i).cooling() : org.pilab.hardware.Cooling.HEATSINK);
        }
        return lab;
    }

    /** The boards' thermal models (temperature, clock, power under the jobs SLURM runs). */
    public LabThermals thermals() {
        return thermals;
    }

    public String scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    public Network network() {
        return world.network();
    }

    public Host laptop() {
        return world.laptop();
    }

    /** The learner's user name on the laptop. */
    public String learner() {
        return world.learner();
    }

    /** The boards in rack order. */
    public List<Host> boards() {
        return world.boards();
    }

    /** The node-layer view (blank cards on the desk, ...). */
    public org.pilab.node.scenario.Lab world() {
        return world;
    }

    /** A host by hostname or board id. */
    public Optional<Host> host(String name) {
        return world.host(name);
    }

    public SlurmRuntime slurm() {
        return slurm;
    }

    /** The controller slurmctld runs now, if it runs. */
    public Optional<Controller> controller() {
        return slurm.controller();
    }

    /**
     * Lets batch scripts call {@code name} (e.g. {@code pilab}, {@code java}); the application
     * wires {@code pilab job run} to the real engine through this.
     */
    public void registerExternal(String name, ExternalCommand command) {
        slurm.registerExternal(name, command);
    }

    /** A terminal on the laptop as the learner. */
    public Session learnerSession() {
        return world.learnerSession();
    }

    /** Runs the virtual clock forward (the controller follows). */
    public void advance(long millis) {
        world.network().advance(millis);
        slurm.sync();
    }

    /** Names of the faults injected so far, in order. */
    public List<String> faults() {
        return List.copyOf(faults);
    }

    /** Breaks the cluster the way {@code fault} describes (lesson 11). */
    public void inject(Fault fault) {
        fault.inject(this);
        faults.add(fault.id());
    }
}
