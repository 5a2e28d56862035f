package org.pilab.slurm.daemon;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.munge.MungeDaemon;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;
import org.pilab.slurm.ctl.ClusterSpec;
import org.pilab.slurm.ctl.NodeSpec;

/**
 * slurmd on a node. At start it reads slurm.conf (a bad file or a hostname the file does not
 * name ends it at once), compares the NodeName line with the board (a mismatch is only logged
 * here; slurmctld decides what it means), then, a moment later, talks to munged: no munged ends
 * it with munge's socket error. Otherwise it registers with the controller and stays up.
 */
final class SlurmdDaemon implements ServiceBehaviour {

    /** How long after its start slurmd first needs munged (systemd has started munge by then at boot). */
    static final long MUNGE_CHECK_MILLIS = 200;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss '+0000'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A running slurmd: the node name it runs as and its configured size. */
    record State(String nodeName, NodeSpec configured, int pid) {
    }

    private final SlurmRuntime runtime;

    SlurmdDaemon(SlurmRuntime runtime) {
        this.runtime = runtime;
    }

    static boolean running(Host host) {
        return host.isUp() && host.attachment(State.class).isPresent();
    }

    static Optional<State> state(Host host) {
        return host.isUp() ? host.attachment(State.class) : Optional.empty();
    }

    @Override
    public StartDecision start(ServiceContext ctx) {
        Host host = ctx.host();
        host.removeAttachment(State.class);
        StartLog log = new StartLog(ctx, SlurmLog.SLURMD);
        Optional<SlurmConfFile> conf = SlurmConfFile.read(host);
        if (conf.isEmpty()) {
            return log.fatal("fatal: Unable to process configuration file");
        }
        if (!conf.get().valid()) {
            conf.get().refusal("slurmd").forEach(log::line);
            return log.exits(1);
        }
        ClusterSpec spec = conf.get().spec();
        NodeSpec me = spec.nodes().stream().filter(n -> n.name().equals(host.hostname())).findFirst().orElse(null);
        if (me == null) {
            return log.fatal("fatal: Unable to determine this slurmd's NodeName");
        }
        int hwCpus = host.hardware().cpus();
        long hwMem = host.hardware().realMemoryMb();
        if (me.cpus() != hwCpus || me.coresPerSocket() * me.sockets() != hwCpus) {
            log.line("error: Node configuration differs from hardware: CPUs=" + me.cpus() + ":" + hwCpus
                    + "(hw) Boards=1:1(hw) SocketsPerBoard=" + me.sockets() + ":1(hw) CoresPerSocket="
                    + me.coresPerSocket() + ":" + hwCpus + "(hw) ThreadsPerCore=" + me.threadsPerCore() + ":1(hw)");
        }
        String version = host.packages().installedVersion("slurmd").orElse("22.05.8").replaceAll("-.*", "");
        log.line("slurmd version " + version + " started");
        log.line("slurmd started on " + STARTED.format(Instant.ofEpochMilli(host.clockMillis())));
        long up = host.uptimeMillis() / 1000;
        log.line("CPUs=" + hwCpus + " Boards=1 Sockets=1 Cores=" + hwCpus + " Threads=1 Memory=" + hwMem
                + " TmpDisk=" + 29000 + " Uptime=" + up + " CPUSpecList=(null) FeaturesAvail=(null) FeaturesActive=(null)");
        State state = new State(me.name(), me, ctx.pid());
        host.attachment(State.class, () -> state);
        int pid = ctx.pid();
        host.network().simulator().scheduleIn(MUNGE_CHECK_MILLIS, () -> firstContact(host, pid));
        return log.running();
    }

    /** slurmd's first message needs a munge credential; then it registers. */
    private void firstContact(Host host, int pid) {
        Optional<State> s = state(host);
        if (s.isEmpty() || s.get().pid() != pid || !host.services().isActive("slurmd")) {
            return; // stopped or restarted meanwhile
        }
        if (MungeDaemon.running(host).isEmpty()) {
            for (String line : MungeAuth.encodeFailure()) {
                SlurmLog.append(host, SlurmLog.SLURMD, line);
            }
            SlurmLog.append(host, SlurmLog.SLURMD, "error: authentication: Socket communication error");
            SlurmLog.append(host, SlurmLog.SLURMD, "fatal: Unable to register with slurm controller");
            host.removeAttachment(State.class);
            host.services().processExited("slurmd", pid, 1);
            return;
        }
        NodeRegistration.register(runtime, host);
    }

    @Override
    public void stop(ServiceContext ctx) {
        Host host = ctx.host();
        boolean wasRunning = host.attachment(State.class).isPresent();
        host.removeAttachment(State.class);
        if (wasRunning && host.isUp()) {
            SlurmLog.append(host, SlurmLog.SLURMD, "Slurmd shutdown completing");
        }
        // The controller only notices by the missing answers: * now, DOWN after SlurmdTimeout.
        runtime.nodeOf(host).ifPresent(n -> {
            runtime.catchUp();
            runtime.controller().ifPresent(c -> c.loseContact(n));
            runtime.changed();
        });
    }
}
