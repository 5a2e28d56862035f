package org.pilab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.shell.Invocation;
import org.pilab.realcluster.submit.SubmissionStore;

/**
 * This very program, run in-process for a {@code pilab ...} typed in the virtual lab (at the
 * laptop's prompt, or in a job on a Pi): the real picocli command runs, with the virtual files
 * it names mirrored to a real scratch folder and what it writes mirrored back.
 *
 * <p>Inputs: {@code --results DIR} is copied out whole; any other argument naming a virtual
 * file is used as is when the same relative file (same bytes) exists here, else the file and
 * its sibling files (a sweep's base spec) are copied out. Outputs ({@code --out}, {@code --report},
 * {@code --json}) are written to scratch and copied into the virtual folder as the user, missing
 * parent folders created as the real command creates them; what the output already holds is
 * copied out first, and {@code cluster init} without {@code --out} writes its default folder
 * in the virtual working folder, never here. Scratch paths in the
 * command's messages are shown as the virtual paths.</p>
 *
 * <p>{@code cluster submit}, {@code status} and {@code results} run at a prompt (not inside a
 * batch job): their SLURM is the virtual cluster's, reached with the lab's ssh from the session
 * the command was typed in ({@link LabHead}); their values that name the cluster's side
 * ({@code --via}, {@code --shared}, {@code --jar}...) are not mirrored; their submissions file is
 * the learner's virtual {@code ~/.local/state/pilab/submissions.json} (or {@code --state FILE}).
 * {@code cluster testbed} never runs here: it starts real daemons as root on this machine.</p>
 */
final class LabPilab {

    /** What ran: the text the command printed and its exit status. */
    record Outcome(String out, String err, int status) {
    }

    /** Options naming files the command writes (--state: the submissions file it also reads). */
    private static final Set<String> OUTPUTS = Set.of("--out", "--report", "--json", "--state");
    private static final Set<String> INPUT_DIRS = Set.of("--results");
    /** The cluster commands that reach the virtual cluster's SLURM through {@link LabHead}. */
    private static final Set<String> CLUSTER_JOBS = Set.of("submit", "status", "results");
    /** Their options whose values name the cluster's side or are plain values, never a laptop file. */
    private static final Set<String> CLUSTER_VALUES = Set.of("--shared", "--jar", "--partition", "--time",
            "--throttle", "--cpus-per-task", "--java-heap", "--pre-command", "--top", "--cache");
    /** The submissions file, read and written like an output. */
    private static final String STATE = "--state";
    /** What {@link #refusal} lets through, for its messages. */
    private static final String RUNS_HERE = "plan, sweep, backtest, cluster init|submit|status|results";
    /** {@code pilab cluster init}'s folder when no --out is given. */
    private static final String CLUSTER_INIT_DEFAULT_OUT = "cluster-bundle";

    private final VirtualFileSystem fs;
    private final FsCredentials creds;
    private final String cwd;
    private final Path scratch;
    /** The command typed at a prompt; empty inside a batch job. */
    private final Optional<Invocation> typed;
    /** Virtual output path to its scratch path, copied back after the run. */
    private final Map<String, Path> outputs = new LinkedHashMap<>();
    /** Scratch path text to the virtual path it stands for, for the messages. */
    private final Map<String, String> shown = new LinkedHashMap<>();
    private int counter;

    private LabPilab(VirtualFileSystem fs, FsCredentials creds, String cwd, Path scratch,
            Optional<Invocation> typed) {
        this.fs = fs;
        this.creds = creds;
        this.cwd = cwd;
        this.scratch = scratch;
        this.typed = typed;
    }

    /** Runs {@code pilab ARGS} typed at a prompt: the invocation's host, user and folder. */
    static Outcome run(Invocation inv, List<String> args) {
        return run(inv.host(), inv.creds(), inv.session().cwd(), args, Optional.of(inv));
    }

    /** Runs {@code pilab ARGS} inside a batch job on {@code host} as {@code creds} in the virtual folder {@code cwd}. */
    static Outcome run(Host host, FsCredentials creds, String cwd, List<String> args) {
        return run(host, creds, cwd, args, Optional.empty());
    }

    private static Outcome run(Host host, FsCredentials creds, String cwd, List<String> args,
            Optional<Invocation> typed) {
        String refusal = refusal(args, typed.isPresent());
        if (refusal != null) {
            return new Outcome("", refusal + "\n", 2);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("pilab-lab-run");
        } catch (IOException e) {
            return new Outcome("", "pilab: no scratch folder for the virtual lab: " + e.getMessage() + "\n", 1);
        }
        try {
            return new LabPilab(host.fs(), creds, cwd, scratch, typed).runMapped(args);
        } catch (IOException | FsException e) {
            return new Outcome("", "pilab: " + e.getMessage() + "\n", 1);
        } finally {
            VirtualFolders.delete(scratch);
        }
    }

    /**
     * Only commands that finish on their own and touch nothing outside their arguments and the
     * lab run inside it: no nested shell, no real cluster, no questions on the terminal.
     */
    private static String refusal(List<String> args, boolean atPrompt) {
        if (args.isEmpty()) {
            return "pilab: in the virtual lab give a command: " + RUNS_HERE + " (see pilab --help)";
        }
        String first = args.get(0);
        if (Set.of("--help", "-h", "--version", "-V", "help", "plan", "sweep", "backtest").contains(first)) {
            return null;
        }
        String sub = first.equals("cluster") && args.size() > 1 ? args.get(1) : "";
        if (sub.equals("init")) {
            if (!args.contains("--non-interactive") && !args.contains("--help")) {
                return "pilab cluster init: in the virtual lab answer the questions as flags, with --non-interactive";
            }
            return null;
        }
        if (CLUSTER_JOBS.contains(sub)) {
            return atPrompt || args.contains("--help") ? null : "pilab cluster " + sub + ": type it at a prompt (the"
                    + " laptop's, with --via ssh pi@pi01), not inside a batch job";
        }
        if (sub.equals("testbed")) {
            return "pilab cluster testbed: starts real SLURM daemons as root on your own Linux machine, so it does not"
                    + " run inside the virtual lab; here the virtual cluster is already up: use pilab cluster submit"
                    + " --via ssh pi@pi01";
        }
        return "pilab: `pilab " + first + (sub.isEmpty() ? "" : " " + sub) + "` does not run inside the virtual lab"
                + " (there: " + RUNS_HERE + ")";
    }

    private Outcome runMapped(List<String> args) throws IOException {
        int commandWords = args.size() > 1 && args.get(0).equals("cluster") ? 2 : 1;
        List<String> mapped = new ArrayList<>(args.subList(0, Math.min(commandWords, args.size())));
        boolean clusterJob = commandWords == 2 && CLUSTER_JOBS.contains(args.get(1));
        String pendingOption = null;
        int plainValues = 0;
        for (String a : args.subList(mapped.size(), args.size())) {
            if (plainValues > 0) {
                mapped.add(a);
                plainValues--;
            } else if (pendingOption != null) {
                mapped.add(mapValue(pendingOption, a));
                pendingOption = null;
            } else if (a.startsWith("--") && a.contains("=")) {
                String option = a.substring(0, a.indexOf('='));
                String value = a.substring(a.indexOf('=') + 1);
                mapped.add(option + "=" + (clusterJob && plainValue(option) ? value : mapValue(option, value)));
            } else if (a.startsWith("-")) {
                mapped.add(a);
                if (clusterJob && a.equals("--via")) {
                    plainValues = 2; // ssh USER@HEAD
                } else if (clusterJob && plainValue(a)) {
                    plainValues = 1;
                } else {
                    pendingOption = takesPath(a) ? a : null;
                }
            } else if (clusterJob && !args.get(1).equals("submit")) {
                mapped.add(a); // status and results take a job id, never a file
            } else {
                mapped.add(mapValue("", a));
            }
        }
        ClusterAccess access = new LocalClusterAccess();
        if (clusterJob && typed.isPresent()) {
            access = new LabClusterAccess(typed.get(), scratch, stateFile(args, typed.get()));
        }
        boolean clusterInit = args.size() > 1 && args.get(0).equals("cluster") && args.get(1).equals("init");
        if (clusterInit && args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))
                && !args.contains("--help")) {
            // its default folder is relative to where it runs: here, the virtual folder
            mapped.add("--out");
            mapped.add(mapValue("--out", CLUSTER_INIT_DEFAULT_OUT));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(mapped.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                access);
        for (Map.Entry<String, Path> o : outputs.entrySet()) {
            if (Files.exists(o.getValue())) {
                VirtualFolders.toVirtual(o.getValue(), fs, o.getKey(), creds);
            }
        }
        return new Outcome(virtualText(out.toString()), virtualText(err.toString()), status);
    }

    /** A cluster command's option whose value is the cluster's or a plain value (--via is handled apart). */
    private static boolean plainValue(String option) {
        return CLUSTER_VALUES.contains(option) || option.equals("--via");
    }

    /**
     * The scratch copy of the submissions file: --state's if given (mirrored in the loop), else
     * the learner's virtual default, found as on a real machine from the session's variables.
     */
    private Path stateFile(List<String> args, Invocation inv) throws IOException {
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).startsWith(STATE + "=") ? args.get(i).substring(STATE.length() + 1)
                    : args.get(i).equals(STATE) && i + 1 < args.size() ? args.get(i + 1) : null;
            if (v != null) {
                return outputs.get(PathNames.absolute(cwd, v));
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : List.of("PILAB_STATE_DIR", "XDG_STATE_HOME")) {
            inv.session().variable(name).ifPresent(value -> env.put(name, value));
        }
        String home = inv.session().variable("HOME").orElse("/");
        String virtual = PathNames.absolute(cwd, SubmissionStore.defaultFile(env, Path.of(home)).toString());
        return Path.of(mapValue(STATE, virtual));
    }

    /** Options whose value may be a path; flags such as --non-interactive take none. */
    private static boolean takesPath(String option) {
        return option.startsWith("--") && !Set.of("--non-interactive", "--help", "--version", "--no-color")
                .contains(option);
    }

    private String mapValue(String option, String value) throws IOException {
        String virtual = PathNames.absolute(cwd, value);
        if (OUTPUTS.contains(option)) {
            // the real command creates missing parent folders; the copy back does the same
            Path real = scratch.resolve("out-" + (++counter)).resolve(PathNames.baseName(virtual));
            Files.createDirectories(real.getParent());
            if (fs.exists(virtual)) {
                // what is there already counts (a non-empty --out folder needs --force)
                VirtualFolders.toReal(fs, virtual, creds, real);
            }
            outputs.put(virtual, real);
            shown.put(real.toString(), virtual);
            return real.toString();
        }
        if (INPUT_DIRS.contains(option) && fs.isDirectory(virtual)) {
            Path real = scratch.resolve("in-" + (++counter));
            VirtualFolders.toReal(fs, virtual, creds, real);
            shown.put(real.toString(), virtual);
            return real.toString();
        }
        if (!fs.exists(virtual) || fs.isDirectory(virtual)) {
            return value;
        }
        Path same = Path.of(value);
        if (!same.isAbsolute() && Files.isRegularFile(same)
                && Files.readString(same, StandardCharsets.UTF_8).equals(fs.read(virtual, creds))) {
            return value;
        }
        Path dir = scratch.resolve("in-" + (++counter));
        Files.createDirectories(dir);
        String parent = PathNames.parent(virtual);
        for (String name : fs.list(parent, creds)) {
            String sibling = PathNames.join(parent, name);
            if (!fs.isDirectory(sibling) && (sibling.equals(virtual) || name.endsWith(".json"))) {
                Files.writeString(dir.resolve(name), fs.read(sibling, creds), StandardCharsets.UTF_8);
            }
        }
        Path real = dir.resolve(PathNames.baseName(virtual));
        shown.put(real.toString(), virtual);
        return real.toString();
    }

    private String virtualText(String text) {
        String t = text;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t.replace(scratch.toString(), cwd);
    }
}
