package org.pilab.node.shell;

import java.util.Locale;

/**
 * Where a command's stdout or stderr goes: the terminal, a pipe or a redirected file. Both
 * streams of a command may share one buffer (the terminal), which keeps their order.
 */
public final class Output {

    private final StringBuilder buffer;
    private final boolean terminal;

    /** A capture buffer (pipe, redirect, $(...)). */
    public Output() {
        this(new StringBuilder(), false);
    }

    public Output(StringBuilder buffer, boolean terminal) {
        this.buffer = buffer;
        this.terminal = terminal;
    }

    /** Whether this stream is the terminal (ls lays out columns only then, as isatty decides). */
    public boolean isTerminal() {
        return terminal;
    }

    public Output print(Object text) {
        buffer.append(text);
        return this;
    }

    public Output println(Object text) {
        buffer.append(text).append('\n');
        return this;
    }

    public Output println() {
        buffer.append('\n');
        return this;
    }

    public Output printf(String format, Object... args) {
        buffer.append(String.format(Locale.ROOT, format, args));
        return this;
    }

    public String text() {
        return buffer.toString();
    }

    StringBuilder buffer() {
        return buffer;
    }
}
