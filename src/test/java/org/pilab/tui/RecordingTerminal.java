package org.pilab.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A virtual terminal that keeps the text of every frame a full-screen program flushes while it
 * holds the screen (private mode), with the cursor on a last line, so a test can pick the frame
 * it wants after the program has finished.
 */
public final class RecordingTerminal extends DefaultVirtualTerminal {

    private final List<String> frames = new ArrayList<>();
    private final List<Predicate<String>> triggers = new ArrayList<>();
    private final List<Runnable> reactions = new ArrayList<>();
    private boolean fullScreen;

    public RecordingTerminal(int columns, int rows) {
        super(new TerminalSize(columns, rows));
    }

    /** The screen as text plus a "cursor" line: what a golden file holds. */
    public static String snapshot(DefaultVirtualTerminal terminal) {
        TerminalPosition cursor = terminal.getCursorPosition();
        String where = terminal.isCursorVisible()
                ? "cursor " + cursor.getColumn() + "," + cursor.getRow() : "cursor hidden";
        return terminal + "-- " + where + "\n";
    }

    @Override
    public synchronized void enterPrivateMode() {
        super.enterPrivateMode();
        fullScreen = true;
    }

    @Override
    public synchronized void exitPrivateMode() {
        super.exitPrivateMode();
        fullScreen = false;
    }

    @Override
    public synchronized void flush() {
        super.flush();
        if (fullScreen) {
            String frame = snapshot(this);
            frames.add(frame);
            for (int i = 0; i < triggers.size(); i++) {
                if (triggers.get(i).test(frame)) {
                    triggers.remove(i);
                    reactions.remove(i).run();
                    i--;
                }
            }
        }
    }

    /**
     * Runs the reaction once, right after the first frame that matches: a way to act "when the
     * user sees this" (resize the window, type more keys) without timing.
     */
    public synchronized void onFrame(Predicate<String> trigger, Runnable reaction) {
        triggers.add(trigger);
        reactions.add(reaction);
    }

    public synchronized List<String> frames() {
        return List.copyOf(frames);
    }

    /** The last full-screen frame, the one the user saw before leaving. */
    public synchronized String last() {
        if (frames.isEmpty()) {
            throw new AssertionError("no full-screen frame was drawn");
        }
        return frames.get(frames.size() - 1);
    }

    /** The first frame that shows the given text anywhere. */
    public synchronized String firstShowing(String text) {
        return first(frame -> frame.contains(text))
                .orElseThrow(() -> new AssertionError("no frame showed \"" + text + "\"; last frame:\n"
                        + (frames.isEmpty() ? "(none)" : last())));
    }

    public synchronized Optional<String> first(Predicate<String> wanted) {
        return frames.stream().filter(wanted).findFirst();
    }
}
