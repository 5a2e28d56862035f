package org.pilab.slurm.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlurmDurationTest {

    @ParameterizedTest
    @CsvSource({
        "30,            1800",
        "0,             0",
        "5:30,          330",
        "1:30:00,       5400",
        "2-12,          216000",
        "1-02:03,       93780",
        "1-02:03:04,    93784",
        "1-,            86400",
        "90:30,         5430",
    })
    void parsesEveryDocumentedForm(String text, long seconds) {
        assertEquals(seconds, SlurmDuration.parseSeconds(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNLIMITED", "unlimited", "INFINITE", "Infinite", "-1"})
    void infiniteSpellings(String text) {
        assertEquals(SlurmDuration.INFINITE, SlurmDuration.parseSeconds(text));
        assertEquals(SlurmDuration.INFINITE, SlurmDuration.parseMinutes(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "", "5:", ":5", "1:2:3:4", "1-2-3", "1:-2", "1h", "-5",
        "1::2", "1-:3", "2.5", " 5"})
    void rejectsMalformedText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SlurmDuration.parseSeconds(text));
        assertTrue(e.getMessage().contains("days-hours:minutes:seconds"), e.getMessage());
        assertFalse(SlurmDuration.isValid(text));
    }

    @Test
    void minutesRoundUpAsSlurmStoresLimits() {
        assertEquals(91, SlurmDuration.parseMinutes("90:30"));
        assertEquals(90, SlurmDuration.parseMinutes("90:00"));
        assertEquals(1, SlurmDuration.parseMinutes("0:01"));
    }

    @ParameterizedTest
    @CsvSource({
        "3,         0:03",
        "59,        0:59",
        "60,        1:00",
        "1800,      30:00",
        "3723,      1:02:03",
        "86400,     1-00:00:00",
        "93784,     1-02:03:04",
        "-1,        INVALID",
        "31536001,  INVALID",
    })
    void squeueElapsedFormat(long seconds, String expected) {
        assertEquals(expected, SlurmDuration.formatElapsed(seconds));
    }

    @Test
    void limitsInSinfoAndSqueue() {
        assertEquals("infinite", SlurmDuration.formatPartitionLimit(SlurmDuration.INFINITE));
        assertEquals("1-00:00:00", SlurmDuration.formatPartitionLimit(1440));
        assertEquals("30:00", SlurmDuration.formatPartitionLimit(30));
        assertEquals("UNLIMITED", SlurmDuration.formatJobLimit(SlurmDuration.INFINITE));
        assertEquals("NOT_SET", SlurmDuration.formatJobLimit(null));
        assertEquals("1:00:00", SlurmDuration.formatJobLimit(60L));
    }

    @Test
    void scontrolLongFormat() {
        assertEquals("00:00:03", SlurmDuration.formatLong(3));
        assertEquals("01:00:00", SlurmDuration.formatLongMinutes(60));
        assertEquals("2-00:00:00", SlurmDuration.formatLong(2 * 86_400));
        assertEquals("UNLIMITED", SlurmDuration.formatLongMinutes(SlurmDuration.INFINITE));
    }

    @Test
    void formattedDurationsParseBackToTheSameSecondsOrMinutes() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int i = 0; i < 5_000; i++) {
            long seconds = rng.nextLong(365L * 86_400);
            // The long form is h:m:s or d-h:m:s, both of which parse back exactly.
            assertEquals(seconds, SlurmDuration.parseSeconds(SlurmDuration.formatLong(seconds)));
            long minutes = rng.nextLong(365L * 1440);
            String shown = SlurmDuration.formatPartitionLimit(minutes);
            // squeue/sinfo's short form m:ss reads back as minutes:seconds, h:mm:ss as h:m:s.
            assertEquals(minutes, SlurmDuration.parseMinutes(shown), shown);
        }
    }
}
