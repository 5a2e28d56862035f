package org.pilab.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.progress.ProgressStore;
import org.pilab.lessons.report.CatalogueTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pilab lessons list}: one line per lesson with the learner's progress. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "One line per lesson: number, title, progress.")
final class LessonsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonsCommand parent;

    @Override
    public Integer call() {
        Catalogue catalogue = LessonsCommand.catalogue(parent.lessonsDir);
        ProgressStore store = parent.progressStore();
        ProgressStore.Loaded loaded = store.load();
        PrintWriter out = spec.commandLine().getOut();
        loaded.message().ifPresent(m -> spec.commandLine().getErr().println("pilab lessons: " + m));
        out.print(CatalogueTable.render(catalogue, loaded.progress()));
        out.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }
}
