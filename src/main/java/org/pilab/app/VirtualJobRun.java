package org.pilab.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.data.PriceTable;
import org.pilab.jobs.report.ResultJson;
import org.pilab.jobs.report.RunTiming;
import org.pilab.jobs.spec.BacktestSpec;
import org.pilab.hardware.Catalogue;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.spec.DataLocation;
import org.pilab.jobs.sweep.SweepRunner;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.sweep.SweepSpecReader;
import org.pilab.jobs.sweep.TaskResultFile;
import org.pilab.jobs.sweep.VariantResult;
import org.pilab.node.Host;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.slurm.ctl.ExternalCommand;
import org.pilab.slurm.ctl.JobEnvironment;
import org.pilab.slurm.ctl.OutputLine;
import org.pilab.slurm.ctl.PayloadResult;
import org.pilab.slurm.lab.Lab;

/**
 * {@code pilab job run SPEC --out DIR [--task ID]} (also as {@code java -jar .../pilab.jar job run
 * ...}) inside a virtual job: the sweep variant really runs on the engine, and its
 * task-NNNNNN.json lands in the virtual folder {@code --out} on the job's node, as the job's user.
 *
 * <p>The job's virtual run time comes from a cost model, not from this machine's speed, so a
 * sweep replays identically: {@code (JVM start + asset-days x cost per asset-day) x the board's
 * speed factor (times slower than a laptop core) / its thermal speed multiplier (clock over full
 * clock)}, where asset-days are the symbols times the trading days the prices cover.</p>
 *
 * <p>SPEC is looked for in the job's virtual folder first (its JSON is then read from there, data
 * paths relative to this program's working folder); otherwise as a path of the pilab
 * installation, where the bundled datasets live.</p>
 */
final class VirtualJobRun implements ExternalCommand {

    /** A JVM and the engine's classes starting, on a laptop core. */
    static final double JVM_START_SECONDS = 0.3;
    /** Engine time per symbol per trading day, on a laptop core. */
    static final double SECONDS_PER_ASSET_DAY = 0.00005;
    /** {@code --version}: the JVM start on a Pi 4, whole seconds. */
    private static final long JVM_START_SECONDS_WHOLE = 3;

    /** The commands that run here as themselves, through {@link LabPilab}. */
    private static final java.util.Set<String> IN_PROCESS = java.util.Set.of("sweep", "plan", "cluster");

    private final Lab lab;
    private final Map<DataLocation, PriceTable> prices = new HashMap<>();

    VirtualJobRun(Lab lab) {
        this.lab = lab;
    }

    /** Lends {@code pilab} and {@code java -jar ...pilab.jar} to the lab's batch scripts. */
    static void install(Lab lab) {
        VirtualJobRun run = new VirtualJobRun(lab);
        lab.registerExternal("pilab", run);
        lab.registerExternal("java", run);
        LabPrompts.install(lab);
    }

    @Override
    public PayloadResult run(List<String> argv, JobEnvironment env) {
        Optional<Host> node = lab.slurm().hostOfNode(env.batchHost());
        if (node.isEmpty()) {
            return fail(argv.get(0) + ": node " + env.batchHost() + " is not in the lab", 1);
        }
        if (argv.get(0).equals("java")) {
            String refusal = javaRefusal(node.get(), argv, env);
            if (refusal != null) {
                return fail(refusal, refusal.contains("command not found") ? 127 : 1);
            }
        }
        List<String> args = pilabArgs(argv);
        if (args == null) {
            return fail("Error: only `java -jar .../pilab.jar ...` runs in the virtual cluster", 1);
        }
        if (args.contains("--version") || args.contains("-V")) {
            return new PayloadResult(List.of(new OutputLine(JVM_START_SECONDS_WHOLE, false, "pilab "
                    + VersionProvider.version() + "\n")), 0, JVM_START_SECONDS_WHOLE);
        }
        try {
            if (args.size() >= 2 && args.get(0).equals("backtest")) {
                return backtest(node.get(), env, args.get(1));
            }
            if (args.size() >= 2 && args.get(0).equals("job") && args.get(1).equals("run")) {
                return jobRun(node.get(), env, args.subList(2, args.size()));
            }
            if (!args.isEmpty() && IN_PROCESS.contains(args.get(0))) {
                return inProcess(node.get(), env, args);
            }
        } catch (IOException | RuntimeException e) {
            return fail("pilab: " + e.getMessage(), 1);
        }
        return fail("pilab: inside a virtual job only `pilab backtest`, `pilab job run`, `pilab sweep`, `pilab plan`, "
                + "`pilab cluster init` and `pilab --version` run", 2);
    }

    /**
     * {@code pilab sweep ...}, {@code pilab plan ...}, {@code pilab cluster init ...} in a job: the
     * real command on the job's node, its files mirrored (see {@link LabPilab}); it takes the JVM's
     * start-up time, its output printed when it ends.
     */
    private static PayloadResult inProcess(Host node, JobEnvironment env, List<String> args) {
        String cwd = env.get("SLURM_SUBMIT_DIR") == null ? "/" : env.get("SLURM_SUBMIT_DIR");
        LabPilab.Outcome o = LabPilab.run(node, credentials(node, env), cwd, args);
        List<OutputLine> lines = new ArrayList<>();
        if (!o.out().isEmpty()) {
            lines.add(new OutputLine(JVM_START_SECONDS_WHOLE, false, o.out()));
        }
        if (!o.err().isEmpty()) {
            lines.add(new OutputLine(JVM_START_SECONDS_WHOLE, true, o.err()));
        }
        return new PayloadResult(lines, o.status(), JVM_START_SECONDS_WHOLE);
    }

    /** Why {@code java -jar JAR} would not start on the node: no Java installed, or no such jar there. */
    private static String javaRefusal(Host node, List<String> argv, JobEnvironment env) {
        if (!node.fs().exists("/usr/bin/java")) {
            return String.format("/var/spool/slurmd/job%05d/slurm_script: java: command not found",
                    Long.parseLong(env.get("SLURM_JOB_ID") == null ? "0" : env.get("SLURM_JOB_ID")));
        }
        int jar = argv.indexOf("-jar");
        if (jar >= 0 && jar + 1 < argv.size()) {
            String cwd = env.get("SLURM_SUBMIT_DIR") == null ? "/" : env.get("SLURM_SUBMIT_DIR");
            String path = PathNames.absolute(cwd, argv.get(jar + 1));
            if (!node.fs().exists(path)) {
                return "Error: Unable to access jarfile " + argv.get(jar + 1);
            }
        }
        return null;
    }

    private PayloadResult jobRun(Host node, JobEnvironment env, List<String> args) throws IOException {
        String spec = null;
        String out = null;
        Integer task = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--out") || a.equals("--task")) && i + 1 < args.size()) {
                String v = args.get(++i);
                if (a.equals("--out")) {
                    out = v;
                } else {
                    task = parseTask(v);
                }
            } else if (a.startsWith("--out=")) {
                out = a.substring(6);
            } else if (a.startsWith("--task=")) {
                task = parseTask(a.substring(7));
            } else if (!a.startsWith("-") && spec == null) {
                spec = a;
            }
        }
        if (spec == null || out == null) {
            return fail("Missing required option: '--out=DIR' or parameter 'SPEC'", 2);
        }
        if (task == null && env.get("SLURM_ARRAY_TASK_ID") != null) {
            task = parseTask(env.get("SLURM_ARRAY_TASK_ID"));
        }
        String cwd = env.get("SLURM_SUBMIT_DIR") == null ? "/" : env.get("SLURM_SUBMIT_DIR");
        Path specFile = locateSpec(node, PathNames.absolute(cwd, spec), spec);
        if (!BacktestSpecReader.parseFile(specFile).has("grid")) {
            return singleBacktest(node, env, specFile, PathNames.absolute(cwd, out));
        }
        return runVariant(node, env, spec, out, task);
    }

    /** {@code pilab job run BACKTEST --out DIR}: result.json in the virtual folder. */
    private PayloadResult singleBacktest(Host node, JobEnvironment env, Path specFile, String outDir) throws IOException {
        BacktestSpec spec = new BacktestSpecReader().read(specFile);
        PriceTable table = prices.computeIfAbsent(spec.dataDir(),
                d -> PriceTable.load(d.priceSource(), spec.config().symbols()));
        BacktestResult result = Backtest.run(table, spec.config());
        long seconds = duration(node, table);
        if (!node.fs().isDirectory(outDir)) {
            return fail("pilab job run: cannot write to " + outDir + ": No such file or directory", 1);
        }
        String target = PathNames.join(outDir, "result.json");
        String json = ResultJson.toJson(result, new RunTiming(0, seconds)).toPrettyString() + "\n";
        node.fs().write(target, json, credentials(node, env), 0644);
        return new PayloadResult(List.of(new OutputLine(seconds, false, target + "\n")), 0, seconds);
    }

    /** {@code pilab backtest SPEC}: exactly what the command prints here, on the job's output. */
    private PayloadResult backtest(Host node, JobEnvironment env, String specArg) throws IOException {
        String cwd = env.get("SLURM_SUBMIT_DIR") == null ? "/" : env.get("SLURM_SUBMIT_DIR");
        Path specFile = locateSpec(node, PathNames.absolute(cwd, specArg), specArg);
        BacktestSpec spec = new BacktestSpecReader().read(specFile);
        PriceTable table = prices.computeIfAbsent(spec.dataDir(),
                d -> PriceTable.load(d.priceSource(), spec.config().symbols()));
        long seconds = duration(node, table);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.run(new String[] {"backtest", specFile.toString(), "--no-color"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        List<OutputLine> lines = new ArrayList<>();
        if (!out.toString().isEmpty()) {
            lines.add(new OutputLine(seconds, false, out.toString()));
        }
        if (!err.toString().isEmpty()) {
            lines.add(new OutputLine(seconds, true, err.toString()));
        }
        return new PayloadResult(lines, status, seconds);
    }

    private static org.pilab.node.fs.FsCredentials credentials(Host node, JobEnvironment env) {
        var who = node.accounts().user(env.get("USER") == null ? "root" : env.get("USER"));
        return who.isPresent() ? node.accounts().credentials(who.get().name()) : org.pilab.node.fs.FsCredentials.ROOT;
    }

    private PayloadResult runVariant(Host node, JobEnvironment env, String specArg, String outArg, Integer task)
            throws IOException {
        String cwd = env.get("SLURM_SUBMIT_DIR") == null ? "/" : env.get("SLURM_SUBMIT_DIR");
        Path specFile = locateSpec(node, PathNames.absolute(cwd, specArg), specArg);
        SweepSpec sweep = new SweepSpecReader().read(specFile, true);
        if (task == null) {
            return fail("pilab job run: " + specArg + " is a sweep of " + sweep.size()
                    + " variants: say which one with --task ID (or run it as an array task)", 1);
        }
        if (task < 0 || task >= sweep.size()) {
            return fail("pilab job run: task " + task + " is outside " + specArg + ": its tasks are 0-"
                    + (sweep.size() - 1), 1);
        }
        boolean copied = specFile.getFileName().toString().startsWith("pilab-virtual-spec");
        Path specDir = copied ? Path.of("").toAbsolutePath() : specFile.toAbsolutePath().getParent();
        SweepRunner runner = new SweepRunner(new BacktestSpecReader(), Optional.ofNullable(specDir));
        SweepRunner.PreparedVariant variant = runner.prepare(sweep, List.of(task)).get(0);
        PriceTable table = prices.computeIfAbsent(variant.spec().dataDir(),
                d -> SweepRunner.loadPrices(List.of(variant)).get(d));
        VariantResult result = SweepRunner.runOne(variant, table);
        String outDir = PathNames.absolute(cwd, outArg);
        String written = writeTaskFile(node, env, outDir, sweep.fingerprint(), result);
        if (written == null) {
            return fail("pilab job run: cannot write to " + outDir + ": No such file or directory", 1);
        }
        long seconds = duration(node, table);
        return new PayloadResult(List.of(new OutputLine(seconds, false, written + "\n")), 0, seconds);
    }

    /** The spec on the node's file system if it is there, else in the pilab installation. */
    private static Path locateSpec(Host node, String virtualPath, String arg) throws IOException {
        if (node.fs().exists(virtualPath) && !node.fs().isDirectory(virtualPath)) {
            Path tmp = Files.createTempFile("pilab-virtual-spec", ".json");
            tmp.toFile().deleteOnExit();
            Files.writeString(tmp, node.fs().read(virtualPath), StandardCharsets.UTF_8);
            return tmp;
        }
        Path installed = Path.of(arg);
        if (Files.isRegularFile(installed)) {
            return installed;
        }
        throw new IOException(arg + ": No such file or directory");
    }

    /** Writes the task file through a real temporary folder (the format's own writer), then into the VFS. */
    private static String writeTaskFile(Host node, JobEnvironment env, String outDir, String fingerprint,
            VariantResult result) throws IOException {
        if (!node.fs().isDirectory(outDir)) {
            return null;
        }
        Path tmp = Files.createTempDirectory("pilab-virtual-task");
        try {
            TaskResultFile.write(tmp, fingerprint, result);
            Path file = TaskResultFile.path(tmp, result.task());
            String target = PathNames.join(outDir, file.getFileName().toString());
            var who = node.accounts().user(env.get("USER"));
            var creds = who.isPresent() ? node.accounts().credentials(who.get().name())
                    : org.pilab.node.fs.FsCredentials.ROOT;
            node.fs().write(target, Files.readString(file, StandardCharsets.UTF_8), creds, 0644);
            return target;
        } catch (FsException e) {
            return null;
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Virtual seconds for one variant on {@code node}. */
    private long duration(Host node, PriceTable table) {
        double assetDays = table.symbols().size() * (double) table.dayCount();
        // speedFactor: how many times longer than on a laptop core; a throttled clock stretches it further.
        double slower = Catalogue.load().models().stream().filter(m -> m.id().equals(node.hardware().id()))
                .mapToDouble(m -> m.speedFactor()).findFirst().orElse(1.0);
        double thermal = lab.thermals().model(node).map(m -> m.speedMultiplier()).orElse(1.0);
        double seconds = (JVM_START_SECONDS + assetDays * SECONDS_PER_ASSET_DAY) * slower / Math.max(0.05, thermal);
        return Math.max(1, (long) Math.ceil(seconds));
    }

    /** The arguments after {@code pilab}, or after {@code java [opts] -jar X/pilab.jar}; null for other java use. */
    static List<String> pilabArgs(List<String> argv) {
        if (!argv.get(0).equals("java")) {
            return argv.subList(1, argv.size());
        }
        for (int i = 1; i + 1 < argv.size(); i++) {
            if (argv.get(i).equals("-jar") && argv.get(i + 1).endsWith("pilab.jar")) {
                return new ArrayList<>(argv.subList(i + 2, argv.size()));
            }
        }
        return null;
    }

    private static Integer parseTask(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PayloadResult fail(String message, int status) {
        return new PayloadResult(List.of(new OutputLine(0, true, message + "\n")), status, 0);
    }

}
