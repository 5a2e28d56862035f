package org.pilab.slurm.cmd;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.pilab.slurm.ctl.ClusterSpec;
import org.pilab.slurm.conf.SlurmConfig;
import org.pilab.slurm.ctl.ClusterSpecs;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.ExternalCommand;
import org.pilab.slurm.ctl.OutputSink;
import org.pilab.slurm.ctl.ScriptPayload;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * A running virtual cluster plus the SLURM commands: the entry point for scripted sessions and
 * tests. Every node starts up and idle at {@link #DEFAULT_START}; {@code sleep N} advances the
 * virtual clock instantly. Commands never throw: errors come back in the {@link CommandResult}.
 */
public final class VirtualCluster {

    /** 2026-01-01T09:00:00 UTC: when every virtual cluster boots. */
    public static final long DEFAULT_START = SlurmTimes.parseDate("2026-01-01T09:00:00");

    private final Controller controller;
    private final MemoryFiles memory;
    private final long seed;
    private Caller caller;

    private VirtualCluster(ClusterSpec spec, long seed, OutputSink sink, MemoryFiles memory,
            Function<String, String> files) {
        this.memory = memory;
        this.seed = seed;
        this.controller = new Controller(spec, DEFAULT_START, sink);
        // jobcomp/filetxt appends to JobCompLoc in the same file store as the jobs' output.
        controller.addListener(new JobCompLog(controller, (path, line) -> sink.write(path, line, true)));
        this.caller = new Caller("root", 0, "/root", "laptop", files);
    }

    /** A cluster from a parsed configuration, with an in-memory file store. */
    public static VirtualCluster fromConf(ClusterSpec spec, long seed) {
        MemoryFiles files = new MemoryFiles();
        return new VirtualCluster(spec, seed, files, files, files::read);
    }

    /** A cluster from a parsed slurm.conf, every node up and idle. */
    public static VirtualCluster fromConf(SlurmConfig conf, long seed) {
        return fromConf(ClusterSpecs.from(conf), seed);
    }

    /** A cluster from slurm.conf text (slurmctld's fatal parse errors become the exception message). */
    public static VirtualCluster fromConfText(String slurmConf, long seed) {
        return fromConf(ClusterSpecs.fromText(slurmConf), seed);
    }

    /**
     * A cluster whose job output goes to {@code sink} and whose scripts come from {@code files}
     * (the shell maps both to its virtual file system).
     */
    public static VirtualCluster withFiles(ClusterSpec spec, long seed, OutputSink sink,
            Function<String, String> files) {
        return new VirtualCluster(spec, seed, sink, null, files);
    }

    /** Scenario {@code slurm-ready}: four Pi 4 (4 GB) nodes pi01-pi04, idle, in default partition main. */
    public static VirtualCluster slurmReady(long seed) {
        return fromConfText(Scenarios.slurmReady(), seed);
    }

    public Controller controller() {
        return controller;
    }

    public long seed() {
        return seed;
    }

    /** Who runs the following commands (user, uid, working directory). */
    public void as(String user, int uid, String cwd) {
        caller = new Caller(user, uid, cwd, caller.host(), caller.files(), caller.appendOpener());
    }

    /** Lets batch scripts call {@code name} (e.g. {@code pilab}); the app wires {@code pilab job run}. */
    public void registerCommand(String name, ExternalCommand command) {
        controller.registerCommand(name, command);
    }

    /**
     * Fault injection: the node's slurmd stops answering (power cut, cable out). sinfo shows
     * {@code *} at once and the node goes DOWN after SlurmdTimeout; its jobs are requeued or fail.
     *
     * @return false if there is no such node
     */
    public boolean powerOff(String node) {
        var n = controller.node(node);
        if (n == null) {
            return false;
        }
        controller.loseContact(n);
        return true;
    }

    /** The node answers again; ReturnToService decides whether it leaves DOWN by itself. */
    public boolean powerOn(String node) {
        var n = controller.node(node);
        if (n == null) {
            return false;
        }
        controller.regainContact(n);
        return true;
    }

    /** Stores a file (e.g. a batch script) in the in-memory store; absolute or relative to the cwd. */
    public void writeFile(String path, String text) {
        if (memory == null) {
            throw new IllegalStateException("this cluster reads files through the shell's file system");
        }
        memory.put(absolute(path), text);
    }

    /** A file from the in-memory store (job output), or null. */
    public String readFile(String path) {
        return memory == null ? null : memory.read(absolute(path));
    }

    /** Every file in the in-memory store. */
    public Map<String, String> files() {
        return memory == null ? Map.of() : new TreeMap<>(memory.all());
    }

    private String absolute(String path) {
        return path.startsWith("/") ? path : (caller.cwd().endsWith("/") ? caller.cwd() : caller.cwd() + "/") + path;
    }

    /** Runs one command line (sbatch, squeue, sinfo, scancel, scontrol, sacct, srun, sprio, sleep, cat). */
    public CommandResult run(String commandLine) {
        List<String> words = ScriptPayload.words(commandLine);
        if (words.isEmpty() || words.get(0).startsWith("#")) {
            return CommandResult.ok("");
        }
        String cmd = words.get(0);
        List<String> args = words.subList(1, words.size());
        try {
            return switch (cmd) {
                case "sbatch" -> Sbatch.run(controller, caller, args);
                case "squeue" -> Squeue.run(controller, caller, args);
                case "sinfo" -> Sinfo.run(controller, caller, args);
                case "scancel" -> Scancel.run(controller, caller, args);
                case "scontrol" -> Scontrol.run(controller, caller, args);
                case "sacct" -> Sacct.run(controller, caller, args);
                case "srun" -> Srun.run(controller, caller, args);
                case "sprio" -> Sprio.run(controller, caller, args);
                case "sleep" -> sleep(args);
                case "cat" -> cat(args);
                default -> CommandResult.error("bash: " + cmd + ": command not found\n", 127);
            };
        } catch (RuntimeException e) {
            // A command must never take the session down; report it the way a crashed tool would.
            return CommandResult.error(cmd + ": error: internal error: " + e + "\n", 1);
        }
    }

    /** Runs several lines in order and returns their results. */
    public List<CommandResult> runAll(List<String> lines) {
        return lines.stream().map(this::run).toList();
    }

    private CommandResult sleep(List<String> args) {
        if (args.isEmpty()) {
            return CommandResult.error("sleep: missing operand\nTry 'sleep --help' for more information.\n", 1);
        }
        long total = 0;
        for (String a : args) {
            try {
                long mult = 1;
                String n = a;
                if (a.endsWith("s")) {
                    n = a.substring(0, a.length() - 1);
                } else if (a.endsWith("m")) {
                    n = a.substring(0, a.length() - 1);
                    mult = 60;
                } else if (a.endsWith("h")) {
                    n = a.substring(0, a.length() - 1);
                    mult = 3600;
                }
                total += (long) Math.ceil(Double.parseDouble(n) * mult);
            } catch (NumberFormatException e) {
                return CommandResult.error("sleep: invalid time interval '" + a + "'\n"
                        + "Try 'sleep --help' for more information.\n", 1);
            }
        }
        controller.advanceBy(total);
        return CommandResult.ok("");
    }

    private CommandResult cat(List<String> args) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        for (String a : args) {
            String text = caller.read(a);
            if (text == null) {
                err.append("cat: ").append(a).append(": No such file or directory\n");
            } else {
                out.append(text);
            }
        }
        return new CommandResult(out.toString(), err.toString(), err.isEmpty() ? 0 : 1);
    }
}
