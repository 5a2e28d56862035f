package org.pilab.shell;

/**
 * A request, from a command the learner typed, for a full-screen program: the front end runs
 * it on its terminal (one owner of the terminal at a time) and then calls {@link #finished}.
 */
public sealed interface FullScreenRequest {

    /** {@code nano FILE}: edit a file on the current host. */
    record Edit(EditableFile file) implements FullScreenRequest {
    }

    /** {@code top}: the cluster dashboard until the learner quits it. */
    record Dashboard(org.pilab.tui.dashboard.DashboardSource source) implements FullScreenRequest {
    }

    /** A file the editor can show and save back (the save may be refused, e.g. permissions). */
    interface EditableFile {
        String path();

        String text();

        /** @return null when written, else the reason (e.g. "Permission denied") */
        String save(String text);
    }
}
