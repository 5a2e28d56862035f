package org.pilab.shell.interactive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JLine terminal's output, flushed after every write, for the full-screen programs. They
 * ask the terminal for its size (a cursor-position query) and wait for the answer without
 * flushing first: on the console's own stdout, which flushes each write, that works; on JLine's
 * buffered stream the query would sit in the buffer while the program waits for a reply.
 */
final class AutoFlushingOutput extends FilterOutputStream {

    AutoFlushingOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        out.flush();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        out.flush();
    }
}
