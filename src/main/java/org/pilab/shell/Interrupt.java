package org.pilab.shell;

import java.util.concurrent.atomic.AtomicBoolean;

/** Ctrl-C, as a flag a running command checks: the front end sets it, the command stops. */
public final class Interrupt {

    private final AtomicBoolean raised = new AtomicBoolean();

    public static Interrupt none() {
        return new Interrupt();
    }

    public void raise() {
        raised.set(true);
    }

    public boolean raised() {
        return raised.get();
    }
}
