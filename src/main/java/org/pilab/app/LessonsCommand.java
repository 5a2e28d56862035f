package org.pilab.app;

import java.nio.file.Path;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.catalogue.LessonFormatException;
import org.pilab.lessons.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pilab lessons}: list, verify and export the self-paced lessons. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List, verify and export the self-paced lessons.",
        subcommands = {LessonsListCommand.class, LessonsVerifyCommand.class, LessonsExportCommand.class})
final class LessonsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--lessons", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Read lessons from DIR (default: ./lessons in a clone, else the copy in the jar).")
    Path lessonsDir;

    @Option(names = "--progress", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The progress file (default: $PILAB_HOME/progress.json, else ~/.pilab/progress.json).")
    Path progressFile;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The catalogue the user means; a malformed lesson is bad input (exit 2), with every problem listed. */
    static Catalogue catalogue(Path lessonsDir) {
        try {
            return lessonsDir != null ? Catalogue.load(lessonsDir) : Catalogue.locate(Path.of("").toAbsolutePath());
        } catch (LessonFormatException e) {
            throw new UserInputException("the lessons do not follow docs/lesson-format.md:\n" + e.getMessage(), e);
        }
    }

    /** The learner's progress file: --progress, else $PILAB_HOME or ~/.pilab. */
    ProgressStore progressStore() {
        return progressFile != null ? new ProgressStore(progressFile)
                : ProgressStore.atDefaultLocation(System.getenv(), System.getProperty("user.home"));
    }
}
