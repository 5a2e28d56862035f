package org.pilab.shell.interactive;

import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * The line at the bottom of the screen with the session's status (lesson step, virtual time,
 * clock speed), drawn with JLine's {@link Status} (a scroll region keeps it in place). Terminals
 * that cannot hold one (a dumb terminal) simply do not show it.
 *
 * <p>Callers draw from one thread at a time: the shell's own thread between prompts, or the line
 * reader's lock while a prompt is up.</p>
 */
final class StatusBar {

    private final Terminal terminal;
    private final Status status;
    private volatile String text = "";
    private Size size;

    private StatusBar(Terminal terminal, Status status) {
        this.terminal = terminal;
        this.status = status;
        this.size = terminal.getSize();
    }

    static StatusBar on(Terminal terminal) {
        return new StatusBar(terminal, canHoldStatus(terminal) ? Status.getStatus(terminal) : null);
    }

    /** What {@link Status} needs: a scroll region, a saved cursor, cursor addressing, a size. */
    private static boolean canHoldStatus(Terminal terminal) {
        Size size = terminal.getSize();
        return terminal.getStringCapability(Capability.change_scroll_region) != null
                && terminal.getStringCapability(Capability.save_cursor) != null
                && terminal.getStringCapability(Capability.restore_cursor) != null
                && terminal.getStringCapability(Capability.cursor_address) != null
                && size.getRows() > 1 && size.getColumns() > 0;
    }

    /** Whether this terminal can hold a status line at all. */
    boolean shown() {
        return status != null;
    }

    /** The last text handed in, shown or not. */
    String text() {
        return text;
    }

    /** Remembers the text to show; any thread may call this, it draws nothing. */
    void setText(String text) {
        this.text = text == null ? "" : text;
    }

    /** The status line as drawn: inverse video across the bottom row, like nano's bars. */
    static AttributedString styled(String text) {
        return new AttributedString(" " + text, AttributedStyle.INVERSE);
    }

    /** Draws the current text, first catching up with a window resize. */
    void draw() {
        if (status == null) {
            return;
        }
        Size now = terminal.getSize();
        if (!now.equals(size)) {
            size = now;
            status.resize(now);
            status.reset();
        }
        status.update(List.of(styled(text)));
        terminal.flush();
    }

    /** Gives the bottom row back (before a full-screen program, and at the end). */
    void hide() {
        if (status != null) {
            status.hide();
            terminal.flush();
        }
    }
}
