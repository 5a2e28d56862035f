package org.pilab.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.data.PriceTable;
import org.pilab.jobs.output.AtomicFiles;
import org.pilab.jobs.spec.BacktestSpec;
import org.pilab.jobs.spec.BacktestSpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilab bench}: Measure the engine's speed on a spec (asset-days per second). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine's speed on a spec (asset-days per second).",
            "Loads the prices once, warms up, then runs the backtest N times in this process;"
                + " asset-days = universe size x weekdays from start to end."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC.json", description = "The backtest spec (JSON).")
    Path specFile;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed runs first, so the JIT has compiled the engine (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            throw new UserInputException("--runs must be at least 1 and --warmup at least 0");
        }
        BacktestSpec backtest = BacktestCommand.userInput(() -> new BacktestSpecReader().read(specFile));
        BacktestConfig config = backtest.config();
        long t0 = System.nanoTime();
        PriceTable prices = BacktestCommand.userInput(
                () -> PriceTable.load(backtest.dataDir().priceSource(), config.symbols()));
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < warmup; i++) {
            BacktestCommand.userInput(() -> Backtest.run(prices, config));
        }
        double[] seconds = new double[runs];
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            BacktestResult result = BacktestCommand.userInput(() -> Backtest.run(prices, config));
            seconds[i] = (System.nanoTime() - start) / 1e9;
            sink += result.strategy().fills().size(); // keeps the result observably used
        }
        long assetDays = (long) config.universe().symbols().size() * weekdays(config.start(), config.end());
        double median = median(seconds);
        double perSecond = assetDays / median;

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d assets x %d weekdays = %,d asset-days%n", specFile,
                config.universe().symbols().size(), weekdays(config.start(), config.end()), assetDays);
        out.printf(Locale.ROOT, "load %.3f s; %d warm-up runs; %d timed runs: median %.4f s (min %.4f, max %.4f)%n",
                loadSeconds, warmup, runs, median, Arrays.stream(seconds).min().orElse(0),
                Arrays.stream(seconds).max().orElse(0));
        out.printf(Locale.ROOT, "%,.0f asset-days per second (%d fills per run)%n", perSecond, sink / runs);
        if (json != null) {
            ObjectNode figures = new ObjectMapper().createObjectNode();
            figures.put("asset_days", assetDays);
            figures.put("runs", runs);
            figures.put("median_seconds", median);
            figures.put("asset_days_per_second", perSecond);
            figures.put("load_seconds", loadSeconds);
            try {
                AtomicFiles.writeString(json, figures.toPrettyString() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        out.flush();
        return 0;
    }

    /** Monday to Friday from start to end inclusive: the engine's trading days. */
    static long weekdays(LocalDate start, LocalDate end) {
        long count = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
