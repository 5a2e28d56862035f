package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * The shell on an in-memory terminal (JLine's line-discipline terminal over piped streams, as
 * JLine's own reader tests do): keys typed into a pipe, the screen collected as text. The shell
 * runs on its own thread; waits are bounded by conditions, never by fixed sleeps.
 */
final class ShellHarness implements AutoCloseable {

    static final long WAIT_MILLIS = 10_000;

    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PipedOutputStream keys = new PipedOutputStream();
    private final Terminal terminal;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private Future<Integer> exitCode;

    ShellHarness(String type) throws IOException {
        InputStream in = new PipedInputStream(keys, 4096);
        terminal = terminal(type, in, screen);
    }

    /**
     * JLine's in-process terminal: its line discipline turns ^C into Signal.INT and ^D into
     * end-of-file as a kernel tty does. (TerminalBuilder would open a real pty here, whose ^C
     * goes to a foreground process group the test does not have.)
     */
    static Terminal terminal(String type, InputStream in, ByteArrayOutputStream out) throws IOException {
        ExternalTerminal terminal = new ExternalTerminal("pilab-test", type, in, out, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        return terminal;
    }

    static ShellHarness dumb() throws IOException {
        return new ShellHarness(Terminal.TYPE_DUMB);
    }

    Terminal terminal() {
        return terminal;
    }

    void start(FakeSession session, ShellSettings settings) {
        exitCode = thread.submit(() -> InteractiveShell.run(session, terminal, settings));
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** What was written, with the terminal's CR LF line ends read back as LF. */
    String screen() {
        return screen.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Waits until the screen shows the text this many times in all. */
    void awaitScreen(String text, int times) {
        await(() -> count(screen(), text) >= times, "the screen to show \"" + text + "\" " + times
                + " time(s); it shows:\n" + screen());
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    int exitCode() throws Exception {
        return exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        keys.close();
        thread.shutdownNow();
        terminal.close();
    }
}
