package org.pilab.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pilab.slurm.ctl.ReplayResult;
import org.pilab.slurm.ctl.ReplayTable;
import org.pilab.slurm.ctl.SyntheticTrace;
import org.pilab.slurm.ctl.TraceReplay;
import org.pilab.slurm.swf.SwfFormatException;
import org.pilab.slurm.swf.SwfReader;
import org.pilab.slurm.swf.SwfTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pilab sim}: replays one SWF trace through several SLURM schedulers and prints them side
 * by side (one trace, several policies, registered by hand below).
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Replay an SWF workload trace through SLURM's schedulers and compare them.")
final class SimCommand implements Callable<Integer> {

    /** The schedulers a replay can use, by the name given to --schedulers. */
    private static final Map<String, String> SCHEDULERS = new LinkedHashMap<>();

    static {
        SCHEDULERS.put("builtin", "sched/builtin");
        SCHEDULERS.put("backfill", "sched/backfill");
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--trace", paramLabel = "FILE.swf",
            description = "SWF trace (Parallel Workloads Archive format). Without it a synthetic trace is generated.")
    Path trace;

    @Option(names = "--generate", paramLabel = "JOBS", defaultValue = "10000",
            description = "Jobs in the synthetic trace when --trace is not given (default ${DEFAULT-VALUE}).")
    int generate;

    @Option(names = "--interarrival", paramLabel = "SECONDS", defaultValue = "100",
            description = "Mean seconds between synthetic submissions (default ${DEFAULT-VALUE}).")
    double interarrival;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "128", description = "Nodes (default ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--cores-per-node", paramLabel = "C", defaultValue = "4",
            description = "Cores per node (default ${DEFAULT-VALUE}).")
    int cores;

    @Option(names = "--schedulers", paramLabel = "LIST", defaultValue = "builtin,backfill", split = ",",
            description = "Schedulers to compare: builtin, backfill (default ${DEFAULT-VALUE}).")
    List<String> schedulers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the synthetic trace (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bf-interval", paramLabel = "SECONDS", defaultValue = "30",
            description = "Backfill's bf_interval (default ${DEFAULT-VALUE}).")
    int bfInterval;

    @Option(names = "--bf-max-job-test", paramLabel = "JOBS", defaultValue = "100",
            description = "Backfill's bf_max_job_test (default ${DEFAULT-VALUE}).")
    int bfMaxJobTest;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Override
    public Integer call() throws IOException {
        for (String s : schedulers) {
            if (!SCHEDULERS.containsKey(s)) {
                throw new UserInputException("--schedulers: unknown scheduler '" + s + "'; choose from "
                        + String.join(", ", SCHEDULERS.keySet()));
            }
        }
        if (nodes <= 0 || cores <= 0) {
            throw new UserInputException("--nodes and --cores-per-node must be positive");
        }
        if (bfInterval <= 0 || bfMaxJobTest <= 0) {
            throw new UserInputException("--bf-interval and --bf-max-job-test must be positive");
        }
        SwfTrace swf;
        String source;
        if (trace != null) {
            try {
                swf = SwfReader.strict().read(trace);
            } catch (NoSuchFileException e) {
                throw new UserInputException("--trace: no such file: " + trace);
            } catch (SwfFormatException e) {
                throw new UserInputException(e.getMessage());
            }
            source = trace.toString();
        } else {
            if (generate <= 0) {
                throw new UserInputException("--generate must be positive");
            }
            swf = SwfReader.strict().read(SyntheticTrace.generate(generate, seed, Math.min(64, nodes * cores),
                    interarrival), "synthetic");
            source = "synthetic (" + generate + " jobs, seed " + seed + ")";
        }
        TraceReplay replay = new TraceReplay(nodes, cores, bfInterval, bfMaxJobTest);
        List<ReplayResult> results = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        for (String s : schedulers) {
            long t0 = System.nanoTime();
            results.add(replay.run(swf.jobs(), SCHEDULERS.get(s)));
            walls.add((System.nanoTime() - t0) / 1e9);
        }
        String title = "Trace " + source + " on " + nodes + " nodes x " + cores + " cores";
        spec.commandLine().getOut().print(ReplayTable.render(title, results, walls));
        spec.commandLine().getOut().flush();
        if (json != null) {
            writeJson(results, walls);
        }
        return 0;
    }

    private void writeJson(List<ReplayResult> results, List<Double> walls) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode all = root.putObject("schedulers");
        for (int i = 0; i < results.size(); i++) {
            ReplayResult r = results.get(i);
            ObjectNode o = all.putObject(r.scheduler());
            o.put("jobs", r.jobs());
            o.put("completed", r.completed());
            o.put("skipped", r.skipped());
            o.put("makespan_s", r.makespanSeconds());
            o.put("utilisation", r.utilisation());
            o.put("mean_wait_s", r.meanWaitSeconds());
            o.put("median_wait_s", r.medianWaitSeconds());
            o.put("p95_wait_s", r.p95WaitSeconds());
            o.put("mean_bounded_slowdown", r.meanBoundedSlowdown());
            o.put("wall_seconds", walls.get(i));
        }
        Path target = json.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // Write beside the target, then rename: a reader never sees half a file.
        Path tmp = Files.createTempFile(dir, ".sim-", ".json.tmp");
        Files.writeString(tmp, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
