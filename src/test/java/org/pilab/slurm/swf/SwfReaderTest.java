package org.pilab.slurm.swf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SwfReaderTest {

    private static final String TRACE = String.join("\n",
            "; Version: 2.2",
            "; Computer: Raspberry Pi lab",
            "; MaxProcs: 16",
            ";",
            "1 0 10 3600 4 3500.5 -1 4 7200 -1 1 1 1 1 1 1 -1 -1",
            "2 30 -1 -1 1 -1 -1 1 600 -1 5 2 1 1 1 1 -1 -1",
            "",
            "3 60 5 120 -1 -1 -1 2 300 -1 0 1 1 2 1 1 1 15",
            "4 90 0 50 -1 -1 -1 -1 300 -1 1 1 1 2 1 1 -1 -1",
            "");

    @Test
    void readsRecordsAndHeaderAndSkipsUnknownRunTimes() {
        SwfTrace trace = SwfReader.strict().read(TRACE, "lab.swf");
        assertEquals(2, trace.jobs().size());
        assertEquals(1, trace.skippedUnknownRunTime());
        assertEquals(1, trace.skippedUnknownSize());
        assertEquals("16", trace.header().get("MaxProcs"));
        SwfJob first = trace.jobs().get(0);
        assertEquals(1, first.jobNumber());
        assertEquals(3600, first.runTime());
        assertEquals(3500.5, first.averageCpuTime());
        assertEquals(-1, first.usedMemory());
        assertEquals(7200, first.requestedTime());
        assertEquals(SwfJob.COMPLETED, first.status());
        assertEquals(5, first.line());
        SwfJob third = trace.jobs().get(1);
        assertEquals(2, third.processors(), "requested processors when allocated is unknown");
        assertEquals(1, third.precedingJob());
        assertEquals(15, third.thinkTime());
    }

    @Test
    void wrongFieldCountNamesTheLine() {
        String bad = TRACE + "5 100 0 10 1 -1 -1 1 60 -1 1 1 1 1 1 1 -1\n";
        SwfFormatException e = assertThrows(SwfFormatException.class,
                () -> SwfReader.strict().read(bad, "lab.swf"));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().startsWith("lab.swf line 10: expected 18 fields, found 17"),
                e.getMessage());
    }

    @Test
    void negativeSizesAndTextAreErrors() {
        SwfFormatException neg = assertThrows(SwfFormatException.class, () -> SwfReader.strict()
                .read("1 0 0 10 -4 -1 -1 1 60 -1 1 1 1 1 1 1 -1 -1\n", "t.swf"));
        assertTrue(neg.getMessage().contains("field 5 (allocated processors) is -4"),
                neg.getMessage());
        SwfFormatException text = assertThrows(SwfFormatException.class, () -> SwfReader.strict()
                .read("1 0 0 ten 4 -1 -1 1 60 -1 1 1 1 1 1 1 -1 -1\n", "t.swf"));
        assertTrue(text.getMessage().contains("field 4 (run time) is \"ten\""), text.getMessage());
        assertThrows(SwfFormatException.class, () -> SwfReader.strict()
                .read("1 0 0 10.5 4 -1 -1 1 60 -1 1 1 1 1 1 1 -1 -1\n", "t.swf"));
    }

    @Test
    void lenientModeSkipsAndCountsMalformedLines() {
        String bad = TRACE + "garbage line\n5 100 0 10 -3 -1 -1 1 60 -1 1 1 1 1 1 1 -1 -1\n";
        SwfTrace trace = SwfReader.lenient().read(bad, "lab.swf");
        assertEquals(2, trace.jobs().size());
        assertEquals(2, trace.skippedMalformed());
        assertEquals(2, trace.problems().size());
        assertTrue(trace.problems().get(0).startsWith("lab.swf line 10:"));
    }

    @Test
    void randomWellFormedTracesReadBackEveryKnownJob() {
        SplittableRandom rng = new SplittableRandom(8);
        StringBuilder sb = new StringBuilder("; MaxProcs: 64\n");
        int expected = 0;
        for (int i = 1; i <= 1_000; i++) {
            long run = rng.nextInt(10) == 0 ? -1 : rng.nextInt(100_000);
            if (run >= 0) {
                expected++;
            }
            sb.append(i).append(' ').append(i * 10L).append(" -1 ").append(run).append(' ')
                    .append(1 + rng.nextInt(64)).append(" -1 -1 -1 ")
                    .append(rng.nextInt(200_000)).append(" -1 1 3 1 -1 1 1 -1 -1\n");
        }
        SwfTrace trace = SwfReader.strict().read(sb.toString(), "random.swf");
        assertEquals(expected, trace.jobs().size());
        assertEquals(1_000 - expected, trace.skippedUnknownRunTime());
    }
}
