package org.pilab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void eventsFireInTimeOrderAndAdvanceTheClock() {
        Simulator sim = new Simulator();
        List<String> log = new ArrayList<>();
        sim.schedule(3_000, () -> log.add("c@" + sim.now()));
        sim.schedule(1_000, () -> log.add("a@" + sim.now()));
        sim.schedule(2_000, () -> log.add("b@" + sim.now()));
        sim.runUntilEmpty();
        assertEquals(List.of("a@1000", "b@2000", "c@3000"), log);
        assertEquals(3_000, sim.now());
        assertEquals(3, sim.firedCount());
    }

    @Test
    void tiesBreakByPriorityThenInsertionOrder() {
        Simulator sim = new Simulator();
        List<String> log = new ArrayList<>();
        sim.schedule(5, SimEvent.PRIORITY_NORMAL, () -> log.add("normal-1"));
        sim.schedule(5, SimEvent.PRIORITY_LOW, () -> log.add("low"));
        sim.schedule(5, SimEvent.PRIORITY_NORMAL, () -> log.add("normal-2"));
        sim.schedule(5, SimEvent.PRIORITY_HIGH, () -> log.add("high"));
        sim.schedule(5, SimEvent.PRIORITY_NORMAL, () -> log.add("normal-3"));
        sim.runUntilEmpty();
        assertEquals(List.of("high", "normal-1", "normal-2", "normal-3", "low"), log);
    }

    @Test
    void randomScheduleFiresInTheTotalOrderOfTimePrioritySequence() {
        SplittableRandom rng = new SplittableRandom(42);
        Simulator sim = new Simulator();
        record Key(long time, int priority, long sequence) { }
        List<Key> expected = new ArrayList<>();
        List<Key> fired = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            long t = rng.nextInt(200); // few distinct times: many ties
            int p = rng.nextInt(3) - 1;
            Key[] holder = new Key[1];
            SimEvent e = sim.schedule(t, p, () -> fired.add(holder[0]));
            holder[0] = new Key(e.time(), e.priority(), e.sequence());
            expected.add(holder[0]);
        }
        expected.sort(Comparator.comparingLong(Key::time)
                .thenComparing(Comparator.comparingInt(Key::priority).reversed())
                .thenComparingLong(Key::sequence));
        sim.runUntilEmpty();
        assertEquals(expected, fired);
    }

    @Test
    void schedulingInThePastNamesBothTimes() {
        Simulator sim = new Simulator();
        sim.schedule(10_000, () -> { });
        sim.runUntilEmpty();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.schedule(4_000, () -> { }));
        assertTrue(e.getMessage().contains("4000"), e.getMessage());
        assertTrue(e.getMessage().contains("10000"), e.getMessage());
    }

    @Test
    void schedulingAtTheCurrentTimeIsAllowed() {
        Simulator sim = new Simulator(500);
        List<Long> times = new ArrayList<>();
        sim.schedule(500, () -> {
            times.add(sim.now());
            sim.scheduleIn(0, () -> times.add(sim.now()));
        });
        sim.runUntilEmpty();
        assertEquals(List.of(500L, 500L), times);
    }

    @Test
    void cancelledEventsDoNotFireAndCancelIsIdempotent() {
        Simulator sim = new Simulator();
        List<String> log = new ArrayList<>();
        SimEvent keep = sim.schedule(1, () -> log.add("keep"));
        SimEvent drop = sim.schedule(2, () -> log.add("drop"));
        assertTrue(sim.cancel(drop));
        assertFalse(sim.cancel(drop));
        assertTrue(drop.isCancelled());
        assertEquals(1, sim.pendingCount());
        sim.runUntilEmpty();
        assertEquals(List.of("keep"), log);
        assertFalse(sim.cancel(keep), "a fired event cannot be cancelled");
        assertTrue(keep.hasFired());
    }

    @Test
    void cancellingManyRandomEventsKeepsTheRestInOrder() {
        SplittableRandom rng = new SplittableRandom(7);
        Simulator sim = new Simulator();
        List<SimEvent> all = new ArrayList<>();
        List<Long> fired = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            all.add(sim.schedule(rng.nextInt(10_000), () -> fired.add(sim.now())));
        }
        int cancelled = 0;
        for (SimEvent e : all) {
            if (rng.nextBoolean() && sim.cancel(e)) {
                cancelled++;
            }
        }
        sim.runUntilEmpty();
        assertEquals(all.size() - cancelled, fired.size());
        for (int i = 1; i < fired.size(); i++) {
            assertTrue(fired.get(i - 1) <= fired.get(i), "out of order at " + i);
        }
    }

    @Test
    void runUntilStopsAtTheBoundaryIncludingEventsExactlyAtIt() {
        Simulator sim = new Simulator();
        List<Long> fired = new ArrayList<>();
        for (long t : new long[] {100, 200, 300}) {
            sim.schedule(t, () -> fired.add(sim.now()));
        }
        sim.runUntil(200);
        assertEquals(List.of(100L, 200L), fired);
        assertEquals(200, sim.now());
        sim.runUntil(250);
        assertEquals(250, sim.now(), "the clock advances to the end time with no event there");
        assertEquals(1, sim.pendingCount());
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(100));
    }

    @Test
    void stepFiresOneEventAtATime() {
        Simulator sim = new Simulator();
        sim.schedule(7, () -> { });
        sim.schedule(9, () -> { });
        assertTrue(sim.step());
        assertEquals(7, sim.now());
        assertEquals(9, sim.nextEventTime());
        assertTrue(sim.step());
        assertFalse(sim.step());
        assertEquals(Long.MAX_VALUE, sim.nextEventTime());
    }

    @Test
    void stopEndsARunAfterTheCurrentEvent() {
        Simulator sim = new Simulator();
        List<Long> fired = new ArrayList<>();
        sim.schedule(1, () -> fired.add(sim.now()));
        sim.schedule(2, () -> {
            fired.add(sim.now());
            sim.stop();
        });
        sim.schedule(3, () -> fired.add(sim.now()));
        sim.runUntilEmpty();
        assertEquals(List.of(1L, 2L), fired);
        assertEquals(1, sim.pendingCount());
    }

    @Test
    void sameScheduleReplaysIdentically() {
        assertEquals(trace(99), trace(99));
    }

    private static List<String> trace(long seed) {
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom rng = streams.stream("arrivals");
        Simulator sim = new Simulator();
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int id = i;
            sim.schedule(rng.nextInt(50), () -> {
                log.add(id + "@" + sim.now());
                if (id % 3 == 0) {
                    sim.scheduleIn(rng.nextInt(5), () -> log.add("child" + id + "@" + sim.now()));
                }
            });
        }
        sim.runUntilEmpty();
        return log;
    }
}
