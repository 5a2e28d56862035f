package org.pilab.node.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class DateCommandTest {

    private Host host;
    private Session pi03;
    /** A Pi has no battery-backed clock: until chrony runs, its clock is off by some amount. */
    private long bootOffset;

    @BeforeEach
    void setUp() {
        host = Scenarios.networked(5L).host("pi03").orElseThrow();
        pi03 = host.login("pi");
        bootOffset = host.clockOffsetMillis();
    }

    private long epochSeconds() {
        return Long.parseLong(pi03.run("date +%s").output().strip());
    }

    @Test
    void rootMovesTheClockByARelativeAmountAndItIsNoLongerSynchronised() {
        long before = epochSeconds();
        ShellResult r = pi03.run("sudo date -s '+10 minutes'");
        assertEquals(0, r.status(), r.output());
        long after = epochSeconds();
        assertTrue(Math.abs(after - before - 600) <= 1, (after - before) + " s moved");
        assertEquals(bootOffset + 600_000L, host.clockOffsetMillis(), "offset");
        assertFalse(host.clockSynchronized());
        pi03.run("sudo date --set='10 minutes ago'");
        assertEquals(bootOffset, host.clockOffsetMillis());
    }

    @Test
    void anAbsoluteTimeAndEpochAreSetExactly() {
        pi03.run("sudo date -s '2030-01-02 03:04:05'");
        assertEquals("2030-01-02 03:04:05", pi03.run("date '+%F %T'").output().strip());
        pi03.run("sudo date -s @86400");
        assertEquals("86400", pi03.run("date +%s").output().strip());
    }

    @Test
    void aUserCannotSetTheClockButSeesTheDateAsGnuDatePrintsIt() {
        ShellResult r = pi03.run("date -s '+1 hour'");
        assertEquals(1, r.status());
        assertTrue(r.output().contains("date: cannot set date: Operation not permitted"), r.output());
        assertEquals(bootOffset, host.clockOffsetMillis());
    }

    @Test
    void anUnreadableDateIsRefusedAndTheClockStays() {
        ShellResult r = pi03.run("sudo date -s 'next blue moon'");
        assertEquals(1, r.status());
        assertTrue(r.output().contains("date: invalid date \u2018next blue moon\u2019"), r.output());
        assertEquals(bootOffset, host.clockOffsetMillis());
    }
}
