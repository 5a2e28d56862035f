package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void elapsedTimesPrintAsSqueueDoes() {
        assertEquals("0:03", SlurmTimes.compact(3));
        assertEquals("1:01:01", SlurmTimes.compact(3661));
        assertEquals("1-01:01:01", SlurmTimes.compact(90061));
        assertEquals("00:00:05", SlurmTimes.padded(5));
        assertEquals("2-00:00:00", SlurmTimes.padded(172800));
        assertEquals("UNLIMITED", SlurmTimes.padded(-1));
    }

    @Test
    void timeLimitsParseToMinutes() {
        assertEquals(5, SlurmTimes.parseLimitMinutes("5"));
        assertEquals(2, SlurmTimes.parseLimitMinutes("1:30"));
        assertEquals(90, SlurmTimes.parseLimitMinutes("1:30:00"));
        assertEquals(1440 + 120, SlurmTimes.parseLimitMinutes("1-2"));
        assertEquals(SlurmTimes.INFINITE, SlurmTimes.parseLimitMinutes("UNLIMITED"));
    }

    @Test
    void arraySpecificationsExpand() {
        assertEquals(32, ArraySpec.parse("0-31", 1001).indices().size());
        assertEquals(List.of(1, 3, 5), ArraySpec.parse("1,3,5", 1001).indices());
        assertEquals(List.of(1, 3, 5, 7), ArraySpec.parse("1-7:2", 1001).indices());
        ArraySpec throttled = ArraySpec.parse("0-15%4", 1001);
        assertEquals(16, throttled.indices().size());
        assertEquals(4, throttled.maxRunning());
        for (String bad : List.of("x", "3-1", "0-1001", "1-7:0", "0-3%0", "", "1,,2")) {
            assertThrows(IllegalArgumentException.class, () -> ArraySpec.parse(bad, 1001), bad);
        }
    }

    @Test
    void taskRangesCompressAsSqueueShowsThem() {
        assertEquals("5-1024", ArraySpec.ranges(ArraySpec.parse("5-1024", 1025).indices()));
        assertEquals("1,3,5-6", ArraySpec.ranges(List.of(1, 3, 5, 6)));
    }

    @Test
    void dependenciesParse() {
        assertEquals(List.of(new Dependency("afterok", 12), new Dependency("afterok", 13),
                new Dependency("afterany", 14)), Dependency.parseList("afterok:12:13,afterany:14"));
        assertThrows(IllegalArgumentException.class, () -> Dependency.parseList("before:1"));
    }
}
