package org.pilab.slurm.lab;

import org.pilab.shell.CommandOutcome;
import org.pilab.shell.Interrupt;
import org.pilab.shell.session.LabSession;

/** Test helper: runs lines in a lab session and returns what the terminal shows. */
final class LabTranscript {

    private final LabSession session;

    LabTranscript(Lab lab) {
        this.session = new LabSession(lab);
    }

    String run(String line) {
        CommandOutcome o = session.execute(line, Interrupt.none());
        return o.stdout() + o.stderr();
    }

    int status() {
        return session.lastStatus();
    }

    LabSession session() {
        return session;
    }
}
