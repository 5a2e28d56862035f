package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code pilab top} without a terminal prints one frame of the demo cluster as text. */
class TopCommandTest {

    private static String top(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = new String[args.length + 1];
        argv[0] = "top";
        System.arraycopy(args, 0, argv, 1, args.length);
        assertEquals(0, Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        return out.toString();
    }

    @Test
    void oneFrameShowsBusyNodesAndTheQueueAndIsTheSameForTheSameSeed() {
        String frame = top("--step", "60");
        assertTrue(frame.contains(" pilab "), frame);
        for (String node : new String[] {"pi01", "pi02", "pi03", "pi04"}) {
            assertTrue(frame.contains("\n" + node + " "), frame);
        }
        assertTrue(frame.contains(" R "), "jobs run: " + frame);
        assertTrue(frame.contains(" PD "), "and some wait: " + frame);
        assertEquals(frame, top("--step", "60"));
    }
}
