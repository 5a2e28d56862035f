package org.pilab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.synth.SynthParameters;
import org.pilab.engine.synth.SyntheticMarket;
import org.pilab.engine.synth.SyntheticSeries;
import org.pilab.jobs.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pilab data}: Market data: synthesise seeded Yahoo-style CSVs for larger universes. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Market data: synthesise seeded Yahoo-style CSVs for larger universes.",
        subcommands = DataCommand.Synth.class)
final class DataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code pilab data synth}: writes one SYMBOL.csv per asset; the same seed gives identical bytes. */
    @Command(name = "synth", mixinStandardHelpOptions = true,
            description = {"Write seeded synthetic daily prices (Yahoo CSV layout) for N assets.",
                "The same arguments always produce byte-identical files."})
    static final class Synth implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--assets", required = true, paramLabel = "N", description = "Number of assets (1-1000).")
        int assets;

        @Option(names = "--years", required = true, paramLabel = "Y", description = "Years of daily history (1-100).")
        int years;

        @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed (any long).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the SYMBOL.csv files (created if missing).")
        Path out;

        @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day (default: ${DEFAULT-VALUE}).")
        LocalDate start = SynthParameters.DEFAULT_START;

        @Option(names = "--prefix", paramLabel = "PREFIX", description = "Symbol prefix (default: ${DEFAULT-VALUE}): SYN01, SYN02, ...")
        String prefix = SynthParameters.DEFAULT_PREFIX;

        @Override
        public Integer call() {
            SynthParameters parameters;
            try {
                parameters = new SynthParameters(assets, years, seed, start, prefix);
            } catch (EngineInputException e) {
                throw new UserInputException("--" + e.getMessage());
            }
            List<SyntheticSeries> series = SyntheticMarket.generate(parameters);
            try {
                for (SyntheticSeries s : series) {
                    AtomicFiles.writeString(out.resolve(s.symbol() + ".csv"), s.csv());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to " + out + ": " + e.getMessage(), e);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("wrote %d files (%s .. %s, %d trading days each) to %s%n", series.size(),
                    series.get(0).symbol(), series.get(series.size() - 1).symbol(),
                    series.get(0).bars().size(), out);
            o.flush();
            return 0;
        }
    }
}
