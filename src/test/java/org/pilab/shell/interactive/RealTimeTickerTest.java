package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RealTimeTickerTest {

    private static final long MS = 1_000_000L;

    private final FakeSession session = new FakeSession("laptop");
    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final AtomicInteger refreshes = new AtomicInteger();

    private RealTimeTicker ticker(SessionWorker worker) {
        return new RealTimeTicker(worker, refreshes::incrementAndGet, now::get, null);
    }

    @Test
    void reportsWholeMillisecondsAndCarriesTheRemainder() {
        try (SessionWorker worker = new SessionWorker(session)) {
            RealTimeTicker ticker = ticker(worker);
            now.addAndGet(250 * MS + MS / 2);
            ticker.tick();
            assertEquals(250, session.advancedMillis.get());
            now.addAndGet(MS * 7 / 10);  // with the carried half: 1.2 ms
            ticker.tick();
            assertEquals(251, session.advancedMillis.get());
            assertEquals(2, refreshes.get());
        }
    }

    @Test
    void lessThanAMillisecondReportsNothing() {
        try (SessionWorker worker = new SessionWorker(session)) {
            RealTimeTicker ticker = ticker(worker);
            now.addAndGet(MS / 3);
            ticker.tick();
            assertEquals(0, session.advancedMillis.get());
            assertEquals(0, refreshes.get());
        }
    }

    @Test
    void timeSpentPausedIsNeverReported() {
        try (SessionWorker worker = new SessionWorker(session)) {
            RealTimeTicker ticker = ticker(worker);
            now.addAndGet(100 * MS);
            ticker.pause();
            now.addAndGet(60_000 * MS);  // a long command
            ticker.tick();
            assertEquals(0, session.advancedMillis.get());
            ticker.resume();
            now.addAndGet(40 * MS);
            ticker.tick();
            assertEquals(40, session.advancedMillis.get());
        }
    }

    @Test
    void pausesNestSoTheOuterOneStillHolds() {
        try (SessionWorker worker = new SessionWorker(session)) {
            RealTimeTicker ticker = ticker(worker);
            ticker.pause();
            ticker.pause();
            ticker.resume();
            now.addAndGet(500 * MS);
            ticker.tick();
            assertEquals(0, session.advancedMillis.get());
            ticker.resume();
            now.addAndGet(20 * MS);
            ticker.tick();
            assertEquals(20, session.advancedMillis.get());
        }
    }

    @Test
    void theSessionIsAdvancedOnItsOwnThread() {
        try (SessionWorker worker = new SessionWorker(session)) {
            RealTimeTicker ticker = ticker(worker);
            now.addAndGet(10 * MS);
            ticker.tick();
            assertEquals(java.util.Set.of("pilab-session"), session.callingThreads);
        }
    }
}
