package org.pilab.slurm.daemon;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;
import org.pilab.slurm.conf.ConfParseException;
import org.pilab.slurm.ctl.ClusterSpec;
import org.pilab.slurm.ctl.Controller;

/**
 * slurmctld on the head node. It reads slurm.conf and refuses a bad one with the real fatal
 * lines in /var/log/slurm/slurmctld.log (the unit fails a moment after a start that printed
 * nothing, as Type=simple does); it must run on the host SlurmctldHost names. Running, it owns
 * a virtual controller whose clock starts at the network's time; every node starts not
 * responding until its slurmd has registered.
 *
 * <p>A restart keeps the queue, the running jobs and the accounting, as slurmctld recovers them
 * from StateSaveLocation; the re-read slurm.conf's partitions and scheduler apply. Only redefined
 * nodes make it start afresh.</p>
 */
final class SlurmctldDaemon implements ServiceBehaviour {

    private final SlurmRuntime runtime;

    SlurmctldDaemon(SlurmRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public StartDecision start(ServiceContext ctx) {
        Host host = ctx.host();
        Optional<SlurmConfFile> conf = SlurmConfFile.read(host);
        if (conf.isEmpty()) {
            return fatal(ctx, "fatal: Unable to process configuration file");
        }
        if (!conf.get().valid()) {
            conf.get().refusal("slurmctld").forEach(l -> log(ctx, l));
            return StartDecision.exits(1);
        }
        String named = conf.get().controllerHostname();
        if (named == null || !(named.equals(host.hostname()) || named.equals("localhost"))) {
            return fatal(ctx, "fatal: This host (" + host.hostname() + ") not a valid controller");
        }
        ClusterSpec spec;
        try {
            spec = conf.get().spec();
        } catch (ConfParseException | IllegalArgumentException e) {
            return fatal(ctx, "fatal: " + e.getMessage());
        }
        if (runtime.controllerHost().isPresent() && runtime.controllerHost().get() != host) {
            return fatal(ctx, "fatal: another slurmctld is already the primary controller");
        }
        Optional<Controller> recovered = runtime.recoverSaved(host, spec);
        Controller c;
        if (recovered.isPresent()) {
            c = recovered.get();
        } else {
            JobFileSink sink = new JobFileSink(runtime);
            try {
                c = new Controller(spec, runtime.networkSeconds(), sink);
            } catch (IllegalArgumentException e) {
                return fatal(ctx, "fatal: " + e.getMessage());
            }
            sink.attach(c);
            NodeCommandPayload.registerAll(c, runtime);
        }
        String version = host.packages().installedVersion("slurmctld").orElse("22.05.8").replaceAll("-.*", "");
        log(ctx, "slurmctld version " + version + " started on cluster " + spec.clusterName());
        log(ctx, "Recovered state of " + spec.nodes().size() + " nodes");
        log(ctx, "Recovered information about " + c.jobs().stream().filter(j -> !c.isPurged(j)).count() + " jobs");
        log(ctx, "Running as primary controller");
        runtime.controllerStarted(host, c);
        // jobs ran on under slurmd while the controller was down; it catches up with them now
        runtime.catchUp();
        // Until a node's slurmd registers, the controller has not heard from it.
        c.nodes().forEach(c::loseContact);
        for (var n : c.nodes()) {
            runtime.hostOfNode(n.name()).filter(SlurmdDaemon::running)
                    .ifPresent(h -> NodeRegistration.register(runtime, h));
        }
        runtime.changed();
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        if (ctx.host().isUp() && runtime.controllerHost().orElse(null) == ctx.host()) {
            SlurmLog.append(ctx.host(), SlurmLog.SLURMCTLD, "Terminate signal (SIGINT or SIGTERM) received");
            SlurmLog.append(ctx.host(), SlurmLog.SLURMCTLD, "Saving all slurm state");
        }
        runtime.catchUp();
        runtime.controllerStopped(ctx.host());
    }

    private static StartDecision fatal(ServiceContext ctx, String line) {
        log(ctx, line);
        return StartDecision.exits(1);
    }

    private static void log(ServiceContext ctx, String line) {
        SlurmLog.append(ctx.host(), SlurmLog.SLURMCTLD, line);
        ctx.log(line);
    }
}
