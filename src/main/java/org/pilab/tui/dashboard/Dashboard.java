package org.pilab.tui.dashboard;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.time.Duration;
import org.pilab.tui.FullScreenTerminal;

/**
 * The full-screen cluster dashboard ({@code pilab top}). It takes over the caller's terminal
 * (private mode, hidden cursor) until q or Esc, then gives it back as it was; it never closes
 * the terminal and never exits the process.
 */
public final class Dashboard {

    /** How often the loop looks for keys between refreshes. */
    private static final Duration KEY_POLL = Duration.ofMillis(20);

    private final TerminalScreen screen;
    private final DashboardSource source;
    private final RefreshClock clock;
    private DashboardView view;
    private DashboardSnapshot snapshot;
    private long nextRefresh;

    private Dashboard(TerminalScreen screen, DashboardSource source, Controls controls) {
        this.screen = screen;
        this.source = source;
        this.clock = controls.clock();
        this.view = DashboardView.initial(controls.refreshInterval());
    }

    /**
     * Shows the dashboard on a terminal opened without Lanterna types (see
     * {@link FullScreenTerminal}); the same as {@link #run(Terminal, DashboardSource, Controls)}.
     */
    public static void run(FullScreenTerminal terminal, DashboardSource source, Controls controls)
            throws IOException {
        run(terminal.terminal(), source, controls);
    }

    /**
     * Shows the dashboard until the user quits.
     *
     * @param terminal the terminal to draw on; still open and back in normal mode afterwards
     * @param source called for the first frame and then once per refresh while not paused
     * @param controls the starting refresh interval and the clock that paces the loop
     * @throws IOException when the terminal fails
     */
    public static void run(Terminal terminal, DashboardSource source, Controls controls) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            new Dashboard(screen, source, controls).loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();  // leave quietly; the caller sees the flag
        } finally {
            screen.stopScreen();
            // The frames hid the cursor; the caller's prompt needs it back.
            terminal.setCursorVisible(true);
            terminal.flush();
        }
    }

    private void loop() throws IOException, InterruptedException {
        snapshot = source.snapshot();
        scheduleNext();
        draw();
        while (true) {
            KeyStroke key = screen.pollInput();
            if (key != null) {
                if (!apply(DashboardCommand.of(key))) {
                    return;
                }
                draw();
                continue;
            }
            if (screen.doResizeIfNecessary() != null) {
                draw();
            }
            long now = clock.nanoTime();
            if (!view.paused() && now >= nextRefresh) {
                snapshot = source.snapshot();
                scheduleNext();
                draw();
                continue;
            }
            long untilRefresh = view.paused() ? Long.MAX_VALUE : nextRefresh - now;
            clock.sleep(Duration.ofNanos(Math.min(KEY_POLL.toNanos(), untilRefresh)));
        }
    }

    /** @return false when the user asked to quit */
    private boolean apply(DashboardCommand command) {
        DashboardLayout layout = DashboardLayout.of(screen.getTerminalSize(), snapshot);
        int maxQueue = layout.maxQueueOffset(snapshot);
        int maxNodes = layout.maxNodeOffset(snapshot);
        int page = view.focus() == Focus.QUEUE ? Math.max(1, layout.queueRows()) : Math.max(1, layout.nodeRows());
        switch (command) {
            case QUIT -> {
                return false;
            }
            case PAUSE -> {
                view = view.togglePaused();
                scheduleNext();
            }
            case FASTER -> {
                view = view.faster();
                scheduleNext();
            }
            case SLOWER -> {
                view = view.slower();
                scheduleNext();
            }
            case UP -> view = view.scroll(-1, maxQueue, maxNodes);
            case DOWN -> view = view.scroll(1, maxQueue, maxNodes);
            case PAGE_UP -> view = view.scroll(-page, maxQueue, maxNodes);
            case PAGE_DOWN -> view = view.scroll(page, maxQueue, maxNodes);
            case FOCUS -> view = view.toggleFocus();
            case NONE -> { }
        }
        return true;
    }

    /** The next refresh comes one interval after the last refresh or change of speed. */
    private void scheduleNext() {
        nextRefresh = clock.nanoTime() + view.refreshInterval().toNanos();
    }

    private void draw() throws IOException {
        screen.clear();
        DashboardRenderer.render(screen.newTextGraphics(), snapshot, view);
        screen.setCursorPosition(null);
        screen.refresh();
    }
}
