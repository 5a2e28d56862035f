package org.pilab.node.service;

/**
 * The daemon behind a unit: whether it starts given the host's state, and what it logs.
 * The node layer provides munge, chrony, ssh and nfs-kernel-server; the SLURM layer registers
 * slurmd and slurmctld ({@code network.behaviours().register("slurmd", ...)}).
 */
public interface ServiceBehaviour {

    /** Called when the unit's main process starts; log through {@code ctx}. */
    StartDecision start(ServiceContext ctx);

    /** Called when the unit stops (or its host powers off); undo runtime effects here. */
    default void stop(ServiceContext ctx) {
    }

    /** A daemon that always starts and logs nothing. */
    ServiceBehaviour ALWAYS_RUNS = ctx -> StartDecision.running();
}
