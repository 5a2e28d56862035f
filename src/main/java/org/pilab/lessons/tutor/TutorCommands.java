package org.pilab.lessons.tutor;

import java.util.function.Supplier;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.Invocation;

/** The tutor's commands as programs of the virtual lab, available on every host. */
final class TutorCommands {

    private TutorCommands() {
    }

    static void register(Tutor tutor, CommandRegistry registry) {
        registry.registerAlwaysAvailable("lessons", inv -> print(inv, tutor, tutor::lessons));
        registry.registerAlwaysAvailable("lesson", inv -> lesson(tutor, inv));
        registry.registerAlwaysAvailable("check", inv -> print(inv, tutor, tutor::check));
        registry.registerAlwaysAvailable("hint", inv -> print(inv, tutor, tutor::hint));
        registry.registerAlwaysAvailable("solution", inv -> solution(tutor, inv));
        registry.registerAlwaysAvailable("next", inv -> print(inv, tutor, tutor::next));
        registry.registerAlwaysAvailable("reset", inv -> print(inv, tutor, tutor::reset));
    }

    private static int print(Invocation inv, Tutor tutor, Supplier<String> action) {
        inv.out().print(action.get());
        // e.g. "progress not saved: disk full": said once, where the learner is looking
        tutor.startupMessage().ifPresent(inv.err()::print);
        return 0;
    }

    private static int solution(Tutor tutor, Invocation inv) {
        if (inv.args().isEmpty()) {
            return print(inv, tutor, tutor::solution);
        }
        if (inv.args().size() != 1 || !inv.args().get(0).matches("\\d{1,2}")) {
            inv.err().println("usage: solution [STEP]   (the current step, or step STEP of this lesson)");
            return 2;
        }
        return print(inv, tutor, () -> tutor.solutionOf(Integer.parseInt(inv.args().get(0))));
    }

    private static int lesson(Tutor tutor, Invocation inv) {
        if (inv.args().size() != 1 || !inv.args().get(0).matches("\\d{1,2}")) {
            inv.err().println("usage: lesson N   (N from lessons, e.g. lesson 4)");
            return 2;
        }
        return print(inv, tutor, () -> tutor.start(Integer.parseInt(inv.args().get(0))));
    }
}
