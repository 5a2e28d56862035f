package org.pilab.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.pilab.jobs.output.AtomicFiles;
import org.pilab.jobs.output.StagedDirectory;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.sweep.SweepHeatmapPage;
import org.pilab.jobs.sweep.SweepJson;
import org.pilab.jobs.sweep.SweepRanking;
import org.pilab.jobs.sweep.SweepReport;
import org.pilab.jobs.sweep.SweepRunner;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.sweep.SweepSpecReader;
import org.pilab.jobs.sweep.SweepTable;
import org.pilab.jobs.sweep.TaskResultFile;
import org.pilab.jobs.sweep.VariantResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilab sweep SPEC}: every variant of a parameter grid, ranked by Sharpe ratio with the
 * deflated Sharpe ratio and PBO beside it. Runs here in parallel, or ranks the task results an
 * array job left in a folder ({@code --results DIR}).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep (every variant of a grid) and rank the results.",
            "Here (--local, the default) the variants run in parallel; on a cluster each variant is one array"
                + " task ('pilab job run SPEC' in an sbatch --array job), and --results DIR ranks what they wrote."},
        footer = {"", "Example: pilab sweep datasets/examples/momentum_sweep.json --report out/sweep"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The sweep spec (JSON): a base backtest and a grid.")
    Path specFile;

    @Option(names = "--local", description = "Run every variant on this machine (the default).")
    boolean local;

    @Option(names = "--results", paramLabel = "DIR",
            description = "Rank the task-NNNNNN.json files an array job wrote to DIR instead of running.")
    Path results;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the ranked results as JSON.")
    Path json;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write sweep.json and an offline HTML page with a Sharpe heatmap to DIR.")
    Path report;

    @Option(names = "--heatmap", paramLabel = "X,Y", split = ",",
            description = "The two grid paths the heatmap plots (default: the first two).")
    List<String> heatmap;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Rows of the ranking to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--force", description = "Allow grids over 100,000 variants and replace a non-empty --report folder.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (local && results != null) {
            throw new UserInputException("--local runs the variants, --results ranks finished ones: choose one");
        }
        if (top < 1) {
            throw new UserInputException("--top must be at least 1");
        }
        SweepSpec sweep = new SweepSpecReader().read(specFile, force);
        if (heatmap != null && heatmap.size() != 2) {
            throw new UserInputException("--heatmap takes two grid paths, e.g. --heatmap alpha.lookback,alpha.top_n");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<VariantResult> variantResults = results != null ? gather(sweep, out) : runHere(sweep);
        SweepReport ranked = SweepRanking.rank(variantResults, (int) sweep.size());
        out.print(SweepTable.render(ranked, top));
        out.flush();
        if (json != null) {
            AtomicFiles.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(SweepJson.toJson(ranked, new ObjectMapper())) + "\n");
        }
        if (report != null) {
            writeReport(sweep, ranked);
        }
        return 0;
    }

    private List<VariantResult> runHere(SweepSpec sweep) {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UserInputException("--threads must be at least 1");
        }
        SweepRunner runner = new SweepRunner(new BacktestSpecReader(),
                Optional.ofNullable(specFile.toAbsolutePath().getParent()));
        List<Integer> tasks = IntStream.range(0, (int) sweep.size()).boxed().toList();
        List<SweepRunner.PreparedVariant> variants = runner.prepare(sweep, tasks);
        var prices = SweepRunner.loadPrices(variants);
        ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), variants.size(), "variants");
        IntConsumer progress = bar::update;
        List<VariantResult> out = SweepRunner.run(variants, prices, workers, progress);
        bar.finish();
        return out;
    }

    private List<VariantResult> gather(SweepSpec sweep, PrintWriter out) throws IOException {
        if (!Files.isDirectory(results)) {
            throw new UserInputException("--results: " + results + " is not a folder of task results");
        }
        TaskResultFile.Gathered g = TaskResultFile.gather(results, sweep.fingerprint());
        g.problems().forEach(p -> spec.commandLine().getErr().println("pilab sweep: " + p));
        if (g.results().isEmpty()) {
            throw new UserInputException("--results: no task results of this sweep in " + results
                    + " yet; the array tasks write task-NNNNNN.json there when they finish");
        }
        return g.results();
    }

    private void writeReport(SweepSpec sweep, SweepReport ranked) throws IOException {
        List<String> axes = heatmap != null ? heatmap : SweepHeatmapPage.defaultAxes(ranked);
        String title = "Sweep " + specFile.getFileName();
        String page;
        try {
            page = SweepHeatmapPage.render(title, ranked, axes.get(0), axes.get(1));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--heatmap: " + e.getMessage());
        }
        try (StagedDirectory staged = StagedDirectory.begin(report, force)) {
            ObjectMapper mapper = new ObjectMapper();
            Files.writeString(staged.dir().resolve("sweep.json"),
                    mapper.writerWithDefaultPrettyPrinter().writeValueAsString(SweepJson.toJson(ranked, mapper)) + "\n");
            Files.writeString(staged.dir().resolve("index.html"), page);
            staged.commit();
        } catch (FileAlreadyExistsException e) {
            throw new UserInputException("--report: " + report + " exists and is not empty; choose another folder "
                    + "or pass --force to replace it");
        }
        spec.commandLine().getOut().println("Report: " + report.resolve("index.html"));
    }
}
