package org.pilab.shell.interactive;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.pilab.tui.dashboard.DashboardSource;
import org.pilab.tui.editor.TextDocument;

/** Full-screen programs that record what they were handed and act as the test says. */
final class RecordingScreens implements FullScreenRunner {

    final List<TextDocument> edited = new CopyOnWriteArrayList<>();
    final List<DashboardSource> dashboards = new CopyOnWriteArrayList<>();
    volatile Consumer<TextDocument> editorAction = document -> { };
    volatile Consumer<DashboardSource> dashboardAction = source -> { };

    @Override
    public void edit(TextDocument document) {
        edited.add(document);
        editorAction.accept(document);
    }

    @Override
    public void dashboard(DashboardSource source) {
        dashboards.add(source);
        dashboardAction.accept(source);
    }
}
