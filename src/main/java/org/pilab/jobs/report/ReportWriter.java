package org.pilab.jobs.report;

import java.io.IOException;
import java.nio.file.Path;
import org.pilab.engine.BacktestResult;
import org.pilab.jobs.output.AtomicFiles;
import org.pilab.jobs.output.StagedDirectory;

/**
 * Writes a run's report folder: {@code result.json} (see {@link ResultJson}), {@code equity.csv},
 * {@code ledger.csv}, {@code fills.csv} and a self-contained {@code index.html}. Everything is
 * written into a staging folder beside the target and renamed to it at the end, so the target
 * never holds half a report.
 */
public final class ReportWriter {

    public static final String JSON_FILE = "result.json";
    public static final String HTML_FILE = "index.html";

    private ReportWriter() {
    }

    /**
     * @param force replace an existing non-empty folder; without it such a folder is refused
     * @return the absolute report folder
     * @throws java.nio.file.DirectoryNotEmptyException if {@code dir} has files and force is off
     * @throws java.nio.file.FileAlreadyExistsException if {@code dir} is a file
     */
    public static Path write(Path dir, BacktestResult result, RunTiming timing, boolean force) throws IOException {
        try (StagedDirectory staged = StagedDirectory.begin(dir, force)) {
            Path d = staged.dir();
            AtomicFiles.writeString(d.resolve(JSON_FILE), ResultJson.toText(result, timing));
            AtomicFiles.writeString(d.resolve("equity.csv"), CsvTables.equity(result.strategy(), result.benchmark()));
            AtomicFiles.writeString(d.resolve("ledger.csv"), CsvTables.ledger(result.strategy()));
            AtomicFiles.writeString(d.resolve("fills.csv"), CsvTables.fills(result.strategy()));
            AtomicFiles.writeString(d.resolve(HTML_FILE), HtmlReport.render(result, timing));
            staged.commit();
            return staged.target();
        }
    }
}
