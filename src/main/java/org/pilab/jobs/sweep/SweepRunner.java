package org.pilab.jobs.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.data.PriceTable;
import org.pilab.jobs.spec.BacktestSpec;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.spec.DataLocation;

/**
 * Runs a sweep's variants on this machine: every variant's spec is read and checked first (so a
 * bad variant fails before any work), prices are loaded once per data location and shared
 * read-only, and the variants run in parallel on a fixed number of threads.
 */
public final class SweepRunner {

    private final BacktestSpecReader reader;
    private final Optional<Path> specDir;

    /** @param specDir the sweep file's directory, which relative data_dirs may refer to */
    public SweepRunner(BacktestSpecReader reader, Optional<Path> specDir) {
        this.reader = reader;
        this.specDir = specDir;
    }

    /** A variant ready to run: its grid point and its checked backtest spec. */
    public record PreparedVariant(Variant variant, BacktestSpec spec) {
    }

    /** Reads and checks the variants of the given tasks. */
    public List<PreparedVariant> prepare(SweepSpec sweep, List<Integer> tasks) {
        List<PreparedVariant> out = new ArrayList<>(tasks.size());
        for (int task : tasks) {
            Variant v = sweep.variant(task);
            BacktestSpec spec = reader.fromTree(v.spec(), sweep.source() + " (task " + task + ": " + v.label() + ")",
                    specDir);
            out.add(new PreparedVariant(v, spec));
        }
        return out;
    }

    /** Loads the prices every prepared variant needs, once per data location. */
    public static Map<DataLocation, PriceTable> loadPrices(List<PreparedVariant> variants) {
        Map<DataLocation, TreeSet<String>> symbols = new LinkedHashMap<>();
        for (PreparedVariant p : variants) {
            symbols.computeIfAbsent(p.spec().dataDir(), d -> new TreeSet<>()).addAll(p.spec().config().symbols());
        }
        Map<DataLocation, PriceTable> tables = new LinkedHashMap<>();
        symbols.forEach((location, syms) -> tables.put(location, PriceTable.load(location.priceSource(), syms)));
        return tables;
    }

    /**
     * Runs the variants on {@code threads} threads; {@code progress} hears the number finished
     * so far after each one. Results come back in the order of {@code variants}.
     */
    public static List<VariantResult> run(List<PreparedVariant> variants, Map<DataLocation, PriceTable> prices,
            int threads, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread t = new Thread(runnable, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<VariantResult>> futures = new ArrayList<>(variants.size());
            for (PreparedVariant p : variants) {
                futures.add(pool.submit(() -> {
                    VariantResult r = runOne(p, prices.get(p.spec().dataDir()));
                    progress.accept(done.incrementAndGet());
                    return r;
                }));
            }
            List<VariantResult> results = new ArrayList<>(variants.size());
            for (Future<VariantResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One variant, exactly as a single backtest of the same spec would run it. */
    public static VariantResult runOne(PreparedVariant p, PriceTable prices) {
        BacktestResult result = Backtest.run(prices, p.spec().config());
        return VariantResults.of(p.variant(), result);
    }
}
