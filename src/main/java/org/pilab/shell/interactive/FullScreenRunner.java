package org.pilab.shell.interactive;

import java.io.IOException;
import org.pilab.tui.dashboard.DashboardSource;
import org.pilab.tui.editor.TextDocument;

/**
 * Runs a full-screen program on the terminal the shell has just stepped back from, and returns
 * when the learner leaves it. The shell stops drawing (prompt, status line) before the call and
 * takes over again after it: one owner of the terminal at a time.
 */
interface FullScreenRunner {

    /** {@code nano FILE}: edits the document until the learner exits. */
    void edit(TextDocument document) throws IOException;

    /** {@code top}: the dashboard until the learner quits it. */
    void dashboard(DashboardSource source) throws IOException;
}
