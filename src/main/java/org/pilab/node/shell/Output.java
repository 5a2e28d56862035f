package org.pilab.node.shell;

import java.util.Locale;

import org.pilab.node.shell.TerminalText.Stream;

/**
 * Where a command's stdout or stderr goes: the terminal, a pipe or a redirected file. On the
 * terminal both streams of a command share one {@link TerminalBuffer}, which keeps their order
 * and which stream each piece of text went to.
 */
public final class Output {

    /** Null when this stream is the terminal. */
    private final StringBuilder capture;
    private final TerminalBuffer terminal;
    private final Stream stream;

    /** A capture buffer (pipe, redirect, $(...)). */
    public Output() {
        this.capture = new StringBuilder();
        this.terminal = null;
        this.stream = null;
    }

    /** {@code stream} of the terminal {@code terminal}. */
    Output(TerminalBuffer terminal, Stream stream) {
        this.capture = null;
        this.terminal = terminal;
        this.stream = stream;
    }

    /** Whether this stream is the terminal (ls lays out columns only then, as isatty decides). */
    public boolean isTerminal() {
        return terminal != null;
    }

    public Output print(Object text) {
        String s = String.valueOf(text);
        if (capture != null) {
            capture.append(s);
        } else {
            terminal.append(stream, s);
        }
        return this;
    }

    public Output println(Object text) {
        return print(text + "\n");
    }

    public Output println() {
        return print("\n");
    }

    public Output printf(String format, Object... args) {
        return print(String.format(Locale.ROOT, format, args));
    }

    /** What was captured; for the terminal, what went to this stream so far. */
    public String text() {
        if (capture != null) {
            return capture.toString();
        }
        return stream == Stream.STDOUT ? terminal.snapshot().stdout() : terminal.snapshot().stderr();
    }
}
