package org.pilab.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.lab.StartStates;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.verify.Verifier;
import org.pilab.lessons.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pilab lessons verify [N...]}: proves every step fails before and passes after its solution. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove every lesson step against the virtual lab.",
            "From each step's start state its checks must fail, each wrong move must leave them failing"
                + " (the report shows the hint it leads to), and the scripted solution must make them pass.",
            "Exits 1 if any lesson fails."})
final class LessonsVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonsCommand parent;

    @Parameters(paramLabel = "N", arity = "0..*", description = "Lesson numbers (default: all).")
    List<Integer> numbers = new ArrayList<>();

    @Override
    public Integer call() {
        Catalogue catalogue = LessonsCommand.catalogue(parent.lessonsDir);
        List<Lesson> chosen = new ArrayList<>();
        for (int n : numbers) {
            chosen.add(catalogue.lesson(n).orElseThrow(() -> new UserInputException("no lesson " + n
                    + ": pilab lessons list shows the numbers")));
        }
        if (chosen.isEmpty()) {
            chosen.addAll(catalogue.lessons());
        }
        Verifier verifier = new Verifier(catalogue, new StartStates(catalogue, LessonLabs.factory()));
        PrintWriter out = spec.commandLine().getOut();
        VerifyReport report = verifier.verify(chosen);
        out.print(report.render());
        out.flush();
        return report.ok() ? 0 : 1;
    }
}
