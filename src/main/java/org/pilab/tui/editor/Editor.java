package org.pilab.tui.editor;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import org.pilab.tui.FullScreenTerminal;

/**
 * A small nano-like editor ({@code nano FILE}) on a terminal the caller owns. It takes over the
 * screen (the terminal's private mode) while it runs and gives it back unchanged when the user
 * exits; it never closes the terminal.
 */
public final class Editor {

    /** How often to look for a key or a new window size while the user is idle. */
    private static final long KEY_POLL_MILLIS = 20;

    private Editor() {
    }

    /**
     * Edits the document on a terminal opened without Lanterna types (see
     * {@link FullScreenTerminal}); the same as {@link #run(Terminal, TextDocument)}.
     */
    public static boolean run(FullScreenTerminal terminal, TextDocument document) throws IOException {
        return run(terminal.terminal(), document);
    }

    /**
     * Edits the document until the user leaves with ^X.
     *
     * @return whether the buffer was written at least once
     * @throws IOException when the terminal fails
     */
    public static boolean run(Terminal terminal, TextDocument document) throws IOException {
        EditorSession session = new EditorSession(document);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            while (!session.finished()) {
                draw(screen, session);
                KeyStroke key = nextKey(screen, session);
                if (key == null || key.getKeyType() == KeyType.EOF) {
                    break;  // the input is gone: leave without writing, as nano does on hang-up
                }
                session.handle(key, EditorLayout.of(screen.getTerminalSize()).textRows());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();  // leave without writing; the caller sees the flag
        } finally {
            screen.stopScreen();
            // The help page hides the cursor; the caller's prompt needs it back.
            terminal.setCursorVisible(true);
            terminal.flush();
        }
        return session.savedAny();
    }

    private static void draw(TerminalScreen screen, EditorSession session) throws IOException {
        EditorLayout layout = EditorLayout.of(currentSize(screen));
        session.keepCursorVisible(layout.textRows());  // the window may have shrunk
        screen.clear();
        screen.setCursorPosition(EditorPainter.paint(screen.newTextGraphics(), layout, session));
        screen.refresh();
    }

    /** Waits for a key, redrawing whenever the window changes size in the meantime. */
    private static KeyStroke nextKey(TerminalScreen screen, EditorSession session)
            throws IOException, InterruptedException {
        KeyStroke key = screen.pollInput();
        while (key == null) {
            if (screen.doResizeIfNecessary() != null) {
                draw(screen, session);
            }
            Thread.sleep(KEY_POLL_MILLIS);
            key = screen.pollInput();
        }
        return key;
    }

    private static TerminalSize currentSize(TerminalScreen screen) {
        TerminalSize resized = screen.doResizeIfNecessary();
        return resized != null ? resized : screen.getTerminalSize();
    }
}
