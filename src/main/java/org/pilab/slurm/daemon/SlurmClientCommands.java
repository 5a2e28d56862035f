package org.pilab.slurm.daemon;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.pilab.node.Host;
import org.pilab.node.fs.FsException;
import org.pilab.node.munge.MungeDaemon;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.Invocation;
import org.pilab.slurm.cmd.Caller;
import org.pilab.slurm.cmd.CommandResult;
import org.pilab.slurm.cmd.JobCompRecord;
import org.pilab.slurm.cmd.Sacct;
import org.pilab.slurm.cmd.Sbatch;
import org.pilab.slurm.cmd.Scancel;
import org.pilab.slurm.cmd.Scontrol;
import org.pilab.slurm.cmd.Sinfo;
import org.pilab.slurm.cmd.Sprio;
import org.pilab.slurm.cmd.Squeue;
import org.pilab.slurm.cmd.Srun;
import org.pilab.slurm.ctl.Controller;

/**
 * sinfo, squeue, sbatch, scancel, scontrol, sacct, srun and sprio as programs of the hosts: they
 * exist where slurm-client installed /usr/bin/NAME, read the local slurm.conf to find
 * SlurmctldHost, need the local munged, and reach the controller over the lab network. Each
 * failure answers as the real tool does ({@code slurm_load_partitions: Unable to contact slurm
 * controller (connect failure)}).
 */
final class SlurmClientCommands {

    /** The pure command functions of the slurm.cmd layer. */
    @FunctionalInterface
    private interface Tool {
        CommandResult run(Controller c, Caller who, List<String> args);
    }

    private static final String CONNECT = "Unable to contact slurm controller (connect failure)";

    private SlurmClientCommands() {
    }

    static void registerAll(CommandRegistry registry, SlurmRuntime rt) {
        register(registry, rt, "sinfo", Sinfo::run);
        register(registry, rt, "squeue", Squeue::run);
        register(registry, rt, "sbatch", Sbatch::run);
        register(registry, rt, "scancel", Scancel::run);
        register(registry, rt, "scontrol", Scontrol::run);
        register(registry, rt, "sacct", Sacct::run);
        register(registry, rt, "srun", Srun::run);
        register(registry, rt, "sprio", Sprio::run);
    }

    private static void register(CommandRegistry registry, SlurmRuntime rt, String name, Tool tool) {
        registry.register(name, "/usr/bin/" + name, inv -> run(rt, name, tool, inv));
    }

    private static int run(SlurmRuntime rt, String name, Tool tool, Invocation inv) {
        Host host = inv.host();
        Optional<SlurmConfFile> conf = SlurmConfFile.read(host);
        if (conf.isEmpty()) {
            inv.err().println(name + ": error: resolve_ctls_from_dns_srv: res_nsearch error: Unknown host");
            inv.err().println(name + ": error: fetch_config: DNS SRV lookup failed");
            inv.err().println(name + ": error: _establish_config_source: failed to fetch config");
            inv.err().println(name + ": fatal: Could not establish a configuration source");
            return 1;
        }
        if (!conf.get().valid()) {
            conf.get().parsed().log(name).forEach(inv.err()::println);
            return 1;
        }
        if (name.equals("sacct") && Sacct.readsCompletionFile(inv.args())) {
            return completion(conf.get(), inv);
        }
        if (MungeDaemon.running(host).isEmpty()) {
            for (String line : MungeAuth.encodeFailure()) {
                inv.err().println(name + ": " + line);
            }
            inv.err().println(unreachable(name, inv.args(), "Protocol authentication error"));
            return 1;
        }
        String ctld = conf.get().controllerHostname();
        if (ctld == null || !rt.controllerReachable(host, ctld)) {
            if (name.equals("scontrol") && inv.args().contains("ping")) {
                inv.out().println("Slurmctld(primary) at " + (ctld == null ? "(null)" : ctld) + " is DOWN");
                return 1;
            }
            inv.err().println(unreachable(name, inv.args(), CONNECT));
            return 1;
        }
        Host head = rt.controllerHost().orElseThrow();
        MungeAuth.Verdict auth = MungeAuth.check(host, head);
        if (!auth.ok()) {
            SlurmLog.append(head, SlurmLog.SLURMCTLD, "error: Munge decode failed: " + auth.status().text());
            SlurmLog.append(head, SlurmLog.SLURMCTLD, "error: slurm_unpack_received_msg: Protocol authentication error");
            inv.err().println(unreachable(name, inv.args(), "Protocol authentication error"));
            return 1;
        }
        int uid = inv.creds().uid();
        if (name.equals("scontrol") && !inv.args().isEmpty() && inv.args().get(0).startsWith("reconfig")) {
            return reconfigure(rt, head, uid, inv);
        }
        rt.sync();
        Caller caller = caller(inv);
        CommandResult r;
        try {
            r = rt.withController(c -> tool.run(c, caller, inv.args()));
        } catch (RuntimeException e) {
            // A tool must never take the session down; report it the way a crashed program would.
            r = CommandResult.error(name + ": error: internal error: " + e + "\n", 1);
        }
        rt.sync();
        inv.out().print(r.stdout());
        inv.err().print(r.stderr());
        return r.exitCode();
    }

    /** {@code sacct -c}: reads JobCompLoc on this host as this user; munged and slurmctld play no part. */
    private static int completion(SlurmConfFile conf, Invocation inv) {
        String type = conf.config().value("JobCompType").orElse("").trim();
        String loc = conf.config().value("JobCompLoc").orElse("").trim();
        CommandResult r = Sacct.runCompletion(type, loc, caller(inv), inv.args());
        inv.out().print(r.stdout());
        inv.err().print(r.stderr());
        return r.exitCode();
    }

    private static Caller caller(Invocation inv) {
        Function<String, String> files = path -> {
            try {
                return inv.fs().read(path, inv.creds());
            } catch (FsException e) {
                return null;
            }
        };
        return new Caller(inv.user(), inv.creds().uid(), inv.session().cwd(), inv.host().hostname(), files,
                path -> JobCompFile.openForAppend(inv.fs(), path, inv.creds()));
    }

    /**
     * {@code scontrol reconfigure}: slurmctld reads slurm.conf again and keeps every job and every
     * node's state; partitions, scheduler settings and the nodes' sizes apply, and each running
     * slurmd registers again (a node still smaller than its line is drained again; a drained
     * node stays drained until resumed). Adding or removing nodes takes a restart of slurmctld:
     * reconfigure then changes nothing and says so in slurmctld.log.
     */
    private static int reconfigure(SlurmRuntime rt, Host head, int uid, Invocation inv) {
        if (uid != 0) {
            inv.err().println("slurm_reconfigure error: Invalid user id");
            return 1;
        }
        Optional<SlurmConfFile> conf = SlurmConfFile.read(head);
        if (conf.isEmpty() || !conf.get().valid()) {
            inv.err().println("slurm_reconfigure error: Unspecified error");
            return 1;
        }
        rt.sync();
        try {
            var spec = conf.get().spec();
            rt.withController(c -> {
                c.reconfigure(spec);
                return null;
            });
        } catch (IllegalArgumentException | org.pilab.slurm.conf.ConfParseException e) {
            SlurmLog.append(head, SlurmLog.SLURMCTLD, "error: reconfigure: " + e.getMessage());
            return 0;
        }
        SlurmLog.append(head, SlurmLog.SLURMCTLD, "Processing Reconfiguration Request");
        rt.controller().filter(JobCompRecord::fileText)
                .ifPresent(c -> JobCompFile.resetMode(head, JobCompRecord.location(c)));
        rt.controller().ifPresent(c -> {
            for (var n : c.nodes()) {
                rt.hostOfNode(n.name()).filter(SlurmdDaemon::running)
                        .ifPresent(h -> NodeRegistration.register(rt, h));
            }
        });
        rt.changed();
        rt.sync();
        return 0;
    }

    /** The tool's own words for "the controller did not answer". */
    static String unreachable(String name, List<String> args, String why) {
        return switch (name) {
            case "sinfo" -> "slurm_load_partitions: " + why;
            case "squeue" -> "slurm_load_jobs error: " + why;
            case "sbatch" -> "sbatch: error: Batch job submission failed: " + why;
            case "srun" -> "srun: error: Unable to allocate resources: " + why;
            case "scancel" -> "scancel: error: Kill job error on job id " + (args.isEmpty() ? "0" : args.get(args.size() - 1))
                    + ": " + why;
            case "scontrol" -> args.contains("node") || args.contains("nodes") ? "slurm_load_node error: " + why
                    : args.contains("partition") ? "slurm_load_partitions error: " + why
                    : args.contains("job") ? "slurm_load_jobs error: " + why : "slurm_update error: " + why;
            case "sprio" -> "sprio: error: " + why;
            default -> name + ": error: " + why;
        };
    }
}
