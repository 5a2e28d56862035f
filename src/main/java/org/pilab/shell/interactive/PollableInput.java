package org.pilab.shell.interactive;

import java.io.IOException;
import java.io.InputStream;
import org.jline.utils.NonBlockingInputStream;

/**
 * The JLine terminal's own input, made pollable for the full-screen programs. Two readers on
 * one console would each steal keys from the other (JLine may have a read still pending from
 * the prompt), so the programs read through JLine's stream rather than the raw one; and since
 * they ask {@code ready()} before reading, {@link #available()} answers with a short peek
 * instead of the stream's constant 0.
 */
final class PollableInput extends InputStream {

    /** How long a poll may wait for a key; the programs poll every 20 ms anyway. */
    private static final long PEEK_MILLIS = 1;

    private final NonBlockingInputStream input;

    PollableInput(NonBlockingInputStream input) {
        this.input = input;
    }

    static InputStream of(InputStream terminalInput) {
        return terminalInput instanceof NonBlockingInputStream nonBlocking
                ? new PollableInput(nonBlocking)
                : terminalInput;
    }

    @Override
    public int read() throws IOException {
        return input.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int first = input.read();
        if (first < 0) {
            return -1;
        }
        buffer[offset] = (byte) first;
        int count = 1;
        // Take what has already arrived (the rest of an escape sequence) without blocking.
        while (count < length) {
            int next = input.read(PEEK_MILLIS);
            if (next < 0) {
                break;
            }
            buffer[offset + count++] = (byte) next;
        }
        return count;
    }

    @Override
    public int available() throws IOException {
        return input.peek(PEEK_MILLIS) >= 0 ? 1 : 0;
    }
}
