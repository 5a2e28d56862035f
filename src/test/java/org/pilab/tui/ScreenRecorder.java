package org.pilab.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps the text of every frame a program flushes to a virtual terminal, with the cursor position
 * on a last line, so a test can pick the frame it wants after the program has finished.
 */
public final class ScreenRecorder implements VirtualTerminalListener {

    private final DefaultVirtualTerminal terminal;
    private final List<String> frames = new ArrayList<>();

    public ScreenRecorder(DefaultVirtualTerminal terminal) {
        this.terminal = terminal;
        terminal.addVirtualTerminalListener(this);
    }

    /** The screen as text plus a "cursor" line: what a golden file holds. */
    public static String snapshot(DefaultVirtualTerminal terminal) {
        TerminalPosition cursor = terminal.getCursorPosition();
        String where = terminal.isCursorVisible()
                ? "cursor " + cursor.getColumn() + "," + cursor.getRow() : "cursor hidden";
        return terminal + "-- " + where + "\n";
    }

    @Override
    public void onFlush() {
        frames.add(snapshot(terminal));
    }

    @Override
    public void onBell() {
    }

    @Override
    public void onClose() {
    }

    @Override
    public void onResized(Terminal resized, TerminalSize newSize) {
    }

    public List<String> frames() {
        return List.copyOf(frames);
    }

    public String last() {
        return frames.get(frames.size() - 1);
    }

    /** The first frame that shows the given text anywhere. */
    public String firstShowing(String text) {
        return first(frame -> frame.contains(text))
                .orElseThrow(() -> new AssertionError("no frame showed \"" + text + "\"; last frame:\n"
                        + (frames.isEmpty() ? "(none)" : last())));
    }

    public Optional<String> first(Predicate<String> wanted) {
        return frames.stream().filter(wanted).findFirst();
    }
}
