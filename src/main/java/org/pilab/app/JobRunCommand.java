package org.pilab.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.data.PriceTable;
import org.pilab.jobs.report.ResultJson;
import org.pilab.jobs.report.RunTiming;
import org.pilab.jobs.spec.BacktestSpec;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.sweep.SweepRunner;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.sweep.SweepSpecReader;
import org.pilab.jobs.sweep.TaskResultFile;
import org.pilab.jobs.sweep.VariantResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilab job run SPEC --out DIR [--task ID]}: the one entry point that runs on this
 * machine, inside a virtual job and inside a real sbatch job on a Pi. For a sweep the task id
 * comes from {@code --task} or from SLURM's {@code SLURM_ARRAY_TASK_ID}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one backtest, or one variant of a sweep, and write its result atomically.",
            "A sweep's task comes from --task or from SLURM_ARRAY_TASK_ID (as in an sbatch --array job)."})
final class JobRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "A backtest spec or a sweep spec (JSON).")
    Path specFile;

    @Option(names = "--task", paramLabel = "ID", description = "The sweep variant to run (default: $SLURM_ARRAY_TASK_ID).")
    Integer task;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the result: task-NNNNNN.json for a sweep variant, result.json for a backtest.")
    Path out;

    @Override
    public Integer call() throws IOException {
        JsonNode tree = BacktestSpecReader.parseFile(specFile);
        Optional<Path> dir = Optional.ofNullable(specFile.toAbsolutePath().getParent());
        BacktestSpecReader reader = new BacktestSpecReader();
        if (tree.has("grid")) {
            return runVariant(reader, dir);
        }
        BacktestSpec backtest = reader.read(specFile);
        long t0 = System.nanoTime();
        PriceTable prices = PriceTable.load(backtest.dataDir().priceSource(), backtest.config().symbols());
        long t1 = System.nanoTime();
        BacktestResult result = Backtest.run(prices, backtest.config());
        long t2 = System.nanoTime();
        Path file = out.resolve("result.json");
        ResultJson.write(file, result, new RunTiming((t1 - t0) / 1e9, (t2 - t1) / 1e9));
        spec.commandLine().getOut().println(file);
        return 0;
    }

    private int runVariant(BacktestSpecReader reader, Optional<Path> dir) throws IOException {
        SweepSpec sweep = new SweepSpecReader().read(specFile, true);
        int id = taskId(sweep);
        SweepRunner runner = new SweepRunner(reader, dir);
        List<SweepRunner.PreparedVariant> variants = runner.prepare(sweep, List.of(id));
        var prices = SweepRunner.loadPrices(variants);
        VariantResult result = SweepRunner.runOne(variants.get(0), prices.get(variants.get(0).spec().dataDir()));
        TaskResultFile.write(out, sweep.fingerprint(), result);
        spec.commandLine().getOut().println(TaskResultFile.path(out, id));
        return 0;
    }

    private int taskId(SweepSpec sweep) {
        Integer id = task;
        if (id == null) {
            String env = System.getenv("SLURM_ARRAY_TASK_ID");
            if (env == null) {
                throw new UserInputException(specFile + " is a sweep of " + sweep.size()
                        + " variants: say which one with --task ID (or run it as an array task, which sets "
                        + "SLURM_ARRAY_TASK_ID)");
            }
            try {
                id = Integer.parseInt(env.trim());
            } catch (NumberFormatException e) {
                throw new UserInputException("SLURM_ARRAY_TASK_ID is \"" + env + "\", not a task number");
            }
        }
        if (id < 0 || id >= sweep.size()) {
            throw new UserInputException("task " + id + " is outside " + specFile + ": its tasks are 0-"
                    + (sweep.size() - 1));
        }
        return id;
    }
}
