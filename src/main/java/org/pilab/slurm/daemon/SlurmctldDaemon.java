package org.pilab.slurm.daemon;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;
import org.pilab.slurm.cmd.JobCompLog;
import org.pilab.slurm.cmd.JobCompRecord;
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
        StartLog log = new StartLog(ctx, SlurmLog.SLURMCTLD);
        Optional<SlurmConfFile> conf = SlurmConfFile.read(host);
        if (conf.isEmpty()) {
            return log.fatal("fatal: Unable to process configuration file");
        }
        if (!conf.get().valid()) {
            conf.get().refusal("slurmctld").forEach(log::line);
            return log.exits(1);
        }
        if (!isController(conf.get().controllerHostname(), host.hostname())) {
            // slurmctld prints the short and the full hostname, then exits (an error, not fatal).
            log.line("error: This host (" + shortName(host.hostname()) + "/" + host.hostname()
                    + ") not a valid controller");
            return log.exits(1);
        }
        ClusterSpec spec;
        try {
            spec = conf.get().spec();
        } catch (ConfParseException | IllegalArgumentException e) {
            return log.fatal("fatal: " + e.getMessage());
        }
        if (runtime.controllerHost().isPresent() && runtime.controllerHost().get() != host) {
            return log.fatal("fatal: another slurmctld is already the primary controller");
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
                return log.fatal("fatal: " + e.getMessage());
            }
            sink.attach(c);
            Controller created = c;
            created.addListener(new JobCompLog(created, (path, line) -> runtime.controllerHost()
                    .ifPresent(h -> JobCompFile.append(h, JobCompFile.slurmUser(created), path, line))));
            NodeCommandPayload.registerAll(c, runtime);
        }
        String version = host.packages().installedVersion("slurmctld").orElse("22.05.8").replaceAll("-.*", "");
        log.line("slurmctld version " + version + " started on cluster " + spec.clusterName());
        log.line("Recovered state of " + spec.nodes().size() + " nodes");
        log.line("Recovered information about " + c.jobs().stream().filter(j -> !c.isPurged(j)).count() + " jobs");
        log.line("Running as primary controller");
        if (JobCompRecord.fileText(c)) {
            JobCompFile.resetMode(host, JobCompRecord.location(c));
        }
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
        return log.running();
    }

    /** slurmctld runs only where the hostname (short or full) is the SlurmctldHost. */
    private static boolean isController(String named, String hostname) {
        if (named == null) {
            return false;
        }
        return named.equals(hostname) || named.equals(shortName(hostname)) || named.equals("localhost");
    }

    private static String shortName(String hostname) {
        int dot = hostname.indexOf('.');
        return dot < 0 ? hostname : hostname.substring(0, dot);
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
}
