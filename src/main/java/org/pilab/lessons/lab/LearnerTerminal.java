package org.pilab.lessons.lab;

import java.util.ArrayDeque;
import java.util.Deque;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/**
 * Types lines the way a learner does: starting on the laptop, {@code ssh pi01} enters a session
 * on pi01 and {@code exit} leaves it. Used to replay solutions, wrong moves and set-up scripts.
 */
public final class LearnerTerminal {

    private final Deque<Session> sessions = new ArrayDeque<>();

    public LearnerTerminal(LessonLab lab) {
        sessions.push(lab.laptop().login(lab.learner()));
    }

    /** Runs one line where the learner currently is. */
    public ShellResult type(String line) {
        Session here = sessions.peek();
        ShellResult r = here.run(line);
        if (r.exited() && sessions.size() > 1) {
            sessions.pop();
        }
        r.entered().ifPresent(sessions::push);
        return r;
    }

    /** Leaves every nested session, back to the laptop (between scripted steps). */
    public void backToLaptop() {
        while (sessions.size() > 1) {
            sessions.pop();
        }
    }

    public Session current() {
        return sessions.peek();
    }
}
