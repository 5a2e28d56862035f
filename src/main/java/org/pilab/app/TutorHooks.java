package org.pilab.app;

import java.util.Optional;

import org.pilab.lessons.lab.SlurmLabFactory.SlurmLessonLab;
import org.pilab.lessons.tutor.Tutor;
import org.pilab.shell.session.LabSession;
import org.pilab.shell.session.SessionHooks;

/**
 * The lesson tutor inside {@code pilab shell}: its commands on the lab's hosts, its automatic
 * check after every line, the lesson step on the status line, and the learner moved to the new
 * lab whenever {@code lesson N} or {@code reset} builds one.
 */
final class TutorHooks implements SessionHooks {

    private final Tutor tutor;

    private TutorHooks(Tutor tutor) {
        this.tutor = tutor;
    }

    /** Connects {@code tutor} to {@code session} (and to the lab it is in now). */
    static TutorHooks connect(Tutor tutor, LabSession session) {
        tutor.onLabChange(lab -> {
            if (lab instanceof SlurmLessonLab slurmLab) {
                session.switchTo(slurmLab.lab());
            }
        });
        tutor.install(session.lab().network());
        TutorHooks hooks = new TutorHooks(tutor);
        session.withHooks(hooks);
        return hooks;
    }

    @Override
    public Optional<String> afterLine(String line) {
        Optional<String> passed = tutor.afterCommand(line);
        // e.g. "progress not saved: ..." is said once, after the line that caused it
        Optional<String> message = tutor.startupMessage();
        if (message.isEmpty()) {
            return passed;
        }
        return Optional.of(passed.orElse("") + message.get());
    }

    @Override
    public String statusPrefix() {
        return tutor.statusLine();
    }
}
