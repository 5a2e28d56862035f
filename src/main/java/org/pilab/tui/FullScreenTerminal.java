package org.pilab.tui;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A terminal the full-screen programs (dashboard, editor) can take over, for callers that must
 * not touch Lanterna themselves (only this layer may): the shell pauses its own line reader,
 * opens one of these on the same streams, runs the program, closes it and carries on.
 */
public final class FullScreenTerminal implements AutoCloseable {

    private final Terminal terminal;
    private final boolean owned;

    private FullScreenTerminal(Terminal terminal, boolean owned) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.owned = owned;
    }

    /**
     * Opens the controlling terminal (/dev/tty) over the given streams, in raw mode. Ctrl-C
     * reaches the program as a key (nano's Cancel/Location) instead of ending the process.
     * {@link #close()} puts the tty settings back as they were.
     */
    public static FullScreenTerminal onStreams(InputStream in, OutputStream out, Charset charset)
            throws IOException {
        return new FullScreenTerminal(new UnixTerminal(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP), true);
    }

    /** The process's own console: System.in and System.out. */
    public static FullScreenTerminal system() throws IOException {
        return onStreams(System.in, System.out, Charset.defaultCharset());
    }

    /** Borrows a Lanterna terminal (tests use a virtual one); {@link #close()} leaves it open. */
    public static FullScreenTerminal borrowing(Terminal terminal) {
        return new FullScreenTerminal(terminal, false);
    }

    /** The Lanterna terminal underneath, for the programs in this layer. */
    public Terminal terminal() {
        return terminal;
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            terminal.close();
        }
    }
}
