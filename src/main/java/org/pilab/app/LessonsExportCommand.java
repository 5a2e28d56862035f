package org.pilab.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pilab.jobs.output.AtomicFiles;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.progress.ProgressStore;
import org.pilab.lessons.report.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pilab lessons export}: the learner's progress report as Markdown or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write your lesson progress report.")
final class LessonsExportCommand implements Callable<Integer> {

    enum Format { md, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonsCommand parent;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of the terminal.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = LessonsCommand.catalogue(parent.lessonsDir);
        ProgressStore.Loaded loaded = parent.progressStore().load();
        loaded.message().ifPresent(m -> spec.commandLine().getErr().println("pilab lessons: " + m));
        String text = format == Format.json ? ProgressReport.json(catalogue, loaded.progress())
                : ProgressReport.markdown(catalogue, loaded.progress());
        PrintWriter w = spec.commandLine().getOut();
        if (out == null) {
            w.print(text);
        } else {
            AtomicFiles.writeString(out, text);
            w.println("wrote " + out);
        }
        w.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }
}
