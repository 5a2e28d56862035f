package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.utils.NonBlocking;
import org.junit.jupiter.api.Test;

class PollableInputTest {

    @Test
    void availableSaysWhetherAKeyIsWaitingWithoutTakingIt() throws Exception {
        try (PipedOutputStream keys = new PipedOutputStream()) {
            InputStream input = PollableInput.of(NonBlocking.nonBlocking("test", new PipedInputStream(keys)));
            assertEquals(0, input.available());
            keys.write('q');
            keys.flush();
            ShellHarness.await(() -> availableQuietly(input) > 0, "the key to be seen");
            assertEquals('q', input.read());
            assertEquals(0, input.available());
        }
    }

    /**
     * Bulk reads hand over what has arrived without waiting for more; how much has arrived at
     * the first read depends on the pump thread's timing, so the bytes are gathered until EOF.
     */
    @Test
    void bulkReadsDeliverAnEscapeSequenceInOrder() throws Exception {
        byte[] up = "\u001b[A".getBytes(StandardCharsets.US_ASCII);
        InputStream input = PollableInput.of(NonBlocking.nonBlocking("test", new ByteArrayInputStream(up)));
        byte[] buffer = new byte[16];
        StringBuilder got = new StringBuilder();
        int read;
        while ((read = input.read(buffer, 0, buffer.length)) > 0) {
            got.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
        }
        assertEquals("\u001b[A", got.toString());
    }

    @Test
    void aPlainStreamIsLeftAsItIs() {
        InputStream plain = new ByteArrayInputStream(new byte[0]);
        assertSame(plain, PollableInput.of(plain));
    }

    private static int availableQuietly(InputStream input) {
        try {
            return input.available();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
