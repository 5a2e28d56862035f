package org.pilab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.pilab.engine.Backtest;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.data.PriceTable;
import org.pilab.jobs.report.ReportWriter;
import org.pilab.jobs.report.ResultJson;
import org.pilab.jobs.report.RunTiming;
import org.pilab.jobs.report.TearsheetRenderer;
import org.pilab.jobs.report.TearsheetStyle;
import org.pilab.jobs.spec.BacktestSpec;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.spec.CommandLineSpec;
import org.pilab.jobs.spec.SpecException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilab backtest}: Run a backtest from a JSON spec or QSTrader-style flags and print its tearsheet. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a backtest from a JSON spec or QSTrader-style flags and print its tearsheet.",
            "",
            "  pilab backtest datasets/examples/sixty_forty.json",
            "  pilab backtest --start-date 2007-01-31 --end-date 2015-12-31 \\",
            "      --allocations SPY:0.6,AGG:0.4 --benchmark SPY --report out/6040",
            "",
            "Spec keys and defaults: docs/backtest-spec.md."})
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC.json", description = "The backtest spec (JSON).")
    Path specFile;

    @ArgGroup(exclusive = false, heading = "%nStrategy from flags (instead of SPEC.json):%n")
    StrategyFlags flags;

    @Option(names = "--json", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
            description = "Write the summary JSON to FILE; without FILE, print it instead of the tearsheet.")
    String json;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write result.json, equity/ledger/fills CSVs and index.html into the new folder DIR.")
    Path report;

    @Option(names = "--force", description = "Let --report replace a folder that is not empty.")
    boolean force;

    @Option(names = "--no-color", description = "No colours (also off when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Option(names = "--ascii", description = "Draw charts with ASCII characters only.")
    boolean ascii;

    /** The QSTrader command-line options; together they replace a spec file. */
    static final class StrategyFlags {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of SYMBOL.csv files (default: datasets/market).")
        String dataDir;

        @Option(names = "--start-date", required = true, paramLabel = "YYYY-MM-DD", description = "First trading day.")
        String startDate;

        @Option(names = "--end-date", required = true, paramLabel = "YYYY-MM-DD", description = "Last trading day.")
        String endDate;

        @Option(names = "--allocations", required = true, paramLabel = "SYM:W,...",
                description = "Fixed target weights, e.g. SPY:0.6,AGG:0.4.")
        String allocations;

        @Option(names = "--rebalance", paramLabel = "WHEN",
                description = "end_of_month (default), weekly[:MON..FRI], daily or buy_and_hold.")
        String rebalance;

        @Option(names = "--cash-buffer", paramLabel = "FRACTION", description = "Long-only cash kept back (default 0.01).")
        Double cashBuffer;

        @Option(names = "--gross-leverage", paramLabel = "L", description = "Long-short sizing with this gross leverage.")
        Double grossLeverage;

        @Option(names = "--fees", paramLabel = "COMMISSION,TAX", description = "Percent fees as fractions, e.g. 0.001,0.005.")
        String fees;

        @Option(names = "--benchmark", paramLabel = "SYMBOL", description = "Also buy and hold SYMBOL for comparison.")
        String benchmark;

        @Option(names = "--title", paramLabel = "TEXT", description = "Title on the tearsheet.")
        String title;

        @Option(names = "--initial-cash", paramLabel = "AMOUNT", description = "Starting cash (default 1000000).")
        Double initialCash;

        CommandLineSpec toSpec() {
            return new CommandLineSpec(Optional.ofNullable(dataDir), startDate, endDate, allocations,
                    Optional.ofNullable(rebalance), Optional.ofNullable(cashBuffer), Optional.ofNullable(grossLeverage),
                    Optional.ofNullable(fees), Optional.ofNullable(benchmark), Optional.ofNullable(title),
                    Optional.ofNullable(initialCash));
        }
    }

    @Override
    public Integer call() {
        BacktestSpec backtest = userInput(this::readSpec);
        long t0 = System.nanoTime();
        PriceTable prices = userInput(() -> PriceTable.load(backtest.dataDir().priceSource(), backtest.config().symbols()));
        long t1 = System.nanoTime();
        BacktestResult result = userInput(() -> Backtest.run(prices, backtest.config()));
        long t2 = System.nanoTime();
        RunTiming timing = new RunTiming((t1 - t0) / 1e9, (t2 - t1) / 1e9);

        PrintWriter out = spec.commandLine().getOut();
        boolean jsonToStdout = "-".equals(json);
        if (jsonToStdout) {
            out.print(ResultJson.toText(result, timing));
        } else {
            out.print(new TearsheetRenderer(terminalStyle(noColor, ascii)).render(result));
        }
        try {
            if (json != null && !jsonToStdout) {
                ResultJson.write(Path.of(json), result, timing);
                out.println("Summary JSON: " + json);
            }
            if (report != null) {
                Path dir = ReportWriter.write(report, result, timing, force);
                if (!jsonToStdout) {
                    out.println("Report: " + dir.resolve(ReportWriter.HTML_FILE));
                }
            }
        } catch (DirectoryNotEmptyException e) {
            throw new UserInputException("--report: folder " + report + " exists and is not empty; "
                    + "choose a new folder or add --force to replace it");
        } catch (FileAlreadyExistsException e) {
            throw new UserInputException("--report: " + report + " exists and is not a folder; choose another name");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }

    private BacktestSpec readSpec() {
        BacktestSpecReader reader = new BacktestSpecReader();
        if (specFile != null && flags != null) {
            throw new UserInputException("give either SPEC.json or the strategy flags (--start-date, --end-date, "
                    + "--allocations, ...), not both");
        }
        if (specFile != null) {
            return reader.read(specFile);
        }
        if (flags != null) {
            return flags.toSpec().read(reader);
        }
        throw new UserInputException("give a spec file (e.g. datasets/examples/sixty_forty.json) or "
                + "--start-date, --end-date and --allocations; see 'pilab backtest --help'");
    }

    /** Runs a step whose failures are the user's to fix: they become one message and exit status 2. */
    static <T> T userInput(Supplier<T> step) {
        try {
            return step.get();
        } catch (SpecException | EngineInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * Colour only on a real terminal that wants it (not TERM=dumb, not NO_COLOR, not --no-color);
     * block characters only when the output encoding can carry them; width from COLUMNS.
     */
    static TearsheetStyle terminalStyle(boolean noColor, boolean ascii) {
        String term = System.getenv("TERM");
        String noColorEnv = System.getenv("NO_COLOR");
        boolean colour = !noColor && System.console() != null && (term == null || !term.equals("dumb"))
                && (noColorEnv == null || noColorEnv.isEmpty());
        boolean unicode = !ascii && Charset.defaultCharset().name().toUpperCase(Locale.ROOT).startsWith("UTF");
        return new TearsheetStyle(colour, unicode, columns());
    }

    private static int columns() {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? TearsheetStyle.DEFAULT_WIDTH : Math.max(60, Math.min(160, Integer.parseInt(c.trim())));
        } catch (NumberFormatException e) {
            return TearsheetStyle.DEFAULT_WIDTH;
        }
    }
}
