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


import org.pilab.engine.data.PriceTable;
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
 * sweep replays identically: {@code (JVM start + asset-days x cost per asset-day) / (board speed
 * factor x thermal speed multiplier)}, where asset-days are the symbols times the trading days
 * the prices cover.</p>
 *
 * <p>SPEC is looked for in the job's virtual folder first (its JSON is then read from there, data
 * paths relative to this program's working folder); otherwise as a path of the pilab
 * installation, where the bundled datasets live.</p>
 */
final class VirtualJobRun implements ExternalCommand {

    /** A JVM and the engine's classes starting on a Pi 4. */
    static final double JVM_START_SECONDS = 3.0;
    /** Engine time per symbol per trading day on a Pi 4 (speed factor 1). */
    static final double SECONDS_PER_ASSET_DAY = 0.0005;

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
    }

    @Override
    public PayloadResult run(List<String> argv, JobEnvironment env) {
        List<String> args = pilabArgs(argv);
        if (args == null) {
            return fail(argv.get(0) + ": only `java -jar .../pilab.jar ...` runs in the virtual cluster", 1);
        }
        if (args.size() < 2 || !args.get(0).equals("job") || !args.get(1).equals("run")) {
            return fail("pilab: only `pilab job run SPEC --out DIR` runs inside a virtual job", 2);
        }
        String spec = null;
        String out = null;
        Integer task = null;
        for (int i = 2; i < args.size(); i++) {
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
        Optional<Host> node = lab.slurm().hostOfNode(env.batchHost());
        if (node.isEmpty()) {
            return fail("pilab: node " + env.batchHost() + " is not in the lab", 1);
        }
        try {
            return runVariant(node.get(), env, spec, out, task);
        } catch (IOException | RuntimeException e) {
            return fail("pilab job run: " + e.getMessage(), 1);
        }
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
        double speed = Catalogue.load().models().stream().filter(m -> m.id().equals(node.hardware().id()))
                .mapToDouble(m -> m.speedFactor()).findFirst().orElse(1.0);
        double thermal = lab.thermals().model(node).map(m -> m.speedMultiplier()).orElse(1.0);
        double seconds = (JVM_START_SECONDS + assetDays * SECONDS_PER_ASSET_DAY) / Math.max(0.05, speed * thermal);
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
