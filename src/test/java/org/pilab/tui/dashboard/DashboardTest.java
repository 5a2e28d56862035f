package org.pilab.tui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.tui.GoldenScreen;
import org.pilab.tui.Keys;
import org.pilab.tui.RecordingTerminal;

/**
 * The refresh loop on a virtual terminal with a fake clock: sleeps pass instantly, so the test
 * controls exactly when refreshes fall due and which keys arrive between them.
 */
class DashboardTest {

    private RecordingTerminal terminal;
    private Keys keys;
    private FakeClock clock;

    @BeforeEach
    void setUp() {
        terminal = new RecordingTerminal(80, 24);
        keys = new Keys(terminal);
        clock = new FakeClock();
    }

    /** Hands out the given snapshots in turn (then the last again) and notes when it was asked. */
    private final class ScriptedSource implements DashboardSource {
        private final List<DashboardSnapshot> snapshots;
        private final int quitAfter;
        private final List<Long> calledAt = new ArrayList<>();

        ScriptedSource(int quitAfter, DashboardSnapshot... snapshots) {
            this.snapshots = List.of(snapshots);
            this.quitAfter = quitAfter;
        }

        @Override
        public DashboardSnapshot snapshot() {
            calledAt.add(clock.nanoTime());
            if (calledAt.size() == quitAfter) {
                keys.type("q");
            }
            return snapshots.get(Math.min(calledAt.size(), snapshots.size()) - 1);
        }

        List<Duration> gaps() {
            List<Duration> gaps = new ArrayList<>();
            for (int i = 1; i < calledAt.size(); i++) {
                gaps.add(Duration.ofNanos(calledAt.get(i) - calledAt.get(i - 1)));
            }
            return gaps;
        }
    }

    private void run(DashboardSource source, Duration interval) {
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Dashboard.run(terminal, source, new Controls(interval, clock)),
                "the dashboard did not quit");
    }

    @Test
    void refreshesOncePerIntervalUntilQuit() {
        ScriptedSource source = new ScriptedSource(3, Snapshots.idle(), Snapshots.busy());

        run(source, Duration.ofSeconds(1));

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), source.gaps());
        assertTrue(terminal.frames().get(0).contains("2026-01-05T10:00:00"));
        GoldenScreen.assertMatches("dashboard-busy-80x24", terminal.last());
    }

    @Test
    void pauseStopsAskingForSnapshots() {
        ScriptedSource source = new ScriptedSource(Integer.MAX_VALUE, Snapshots.busy());
        keys.type("p");
        clock.at(Duration.ofSeconds(30), () -> keys.type("q"));

        run(source, Duration.ofSeconds(1));

        assertEquals(1, source.calledAt.size(), "only the first frame's snapshot while paused");
        assertTrue(terminal.last().contains("PAUSED"), terminal.last());
    }

    @Test
    void resumingRefreshesOneIntervalLater() {
        ScriptedSource source = new ScriptedSource(2, Snapshots.busy());
        keys.type("p");
        clock.at(Duration.ofSeconds(30), () -> keys.type("p"));

        run(source, Duration.ofSeconds(1));

        assertEquals(2, source.calledAt.size());
        long resumedAt = Duration.ofSeconds(30).toNanos();
        long refreshedAt = source.calledAt.get(1);
        assertTrue(refreshedAt >= resumedAt + Duration.ofSeconds(1).toNanos()
                && refreshedAt < resumedAt + Duration.ofSeconds(2).toNanos(), "refreshed at " + refreshedAt);
    }

    @Test
    void plusAndMinusStepThroughTheSpeeds() {
        ScriptedSource faster = new ScriptedSource(3, Snapshots.busy());
        keys.type("+");
        run(faster, Duration.ofSeconds(1));
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), faster.gaps());
        assertTrue(terminal.last().contains("refresh 500ms"), terminal.last());

        setUp();
        ScriptedSource slower = new ScriptedSource(2, Snapshots.busy());
        keys.type("--");
        run(slower, Duration.ofSeconds(1));
        assertEquals(List.of(Duration.ofSeconds(5)), slower.gaps());
    }

    @Test
    void arrowsAndJkScrollTheQueueAndTabMovesTheFocusToTheNodes() {
        ScriptedSource source = new ScriptedSource(Integer.MAX_VALUE, Snapshots.large());
        keys.type("jj").press(KeyType.ArrowDown).type("k").press(KeyType.Tab).type("jjj").type("q");

        run(source, Duration.ofSeconds(1));

        assertTrue(terminal.frames().get(3).contains("jobs 4-6/40"), terminal.frames().get(3));
        String last = terminal.last();
        assertTrue(last.contains("jobs 3-5/40 nodes 4-10/16"), last);
        assertTrue(last.contains("focus nodes"), last);
    }

    @Test
    void scrollingStopsAtTheEnds() {
        ScriptedSource source = new ScriptedSource(Integer.MAX_VALUE, Snapshots.large());
        keys.type("k").press(KeyType.PageDown, 20).type("q");

        run(source, Duration.ofSeconds(1));

        assertTrue(terminal.frames().get(1).contains("jobs 1-3/40"), terminal.frames().get(1));
        assertTrue(terminal.last().contains("jobs 38-40/40"), terminal.last());
    }

    @Test
    void aResizedWindowIsRedrawnAtItsNewSize() {
        terminal.onFrame(frame -> true, () -> terminal.setTerminalSize(new TerminalSize(100, 30)));
        terminal.onFrame(frame -> frame.split("\n").length == 31, () -> keys.type("q"));

        run(new ScriptedSource(Integer.MAX_VALUE, Snapshots.large()), Duration.ofSeconds(1));

        String last = terminal.last();
        assertTrue(last.lines().anyMatch(line -> line.length() > 80), last);
        // 30 rows: 23 below the fixed lines; nodes and lanes take (23 - 3) / 2 = 10 each, the queue 3.
        assertTrue(last.contains("jobs 1-3/40 nodes 1-10/16"), last);
    }

    @Test
    void escapeLeavesAndTheTerminalIsAsItWas() {
        terminal.putString("pi@laptop:~ $ pilab top");
        String before = terminal.toString();
        var cursor = terminal.getCursorPosition();
        keys.press(KeyType.Escape);

        run(new ScriptedSource(Integer.MAX_VALUE, Snapshots.idle()), Duration.ofSeconds(1));

        assertEquals(before, terminal.toString());
        assertEquals(cursor, terminal.getCursorPosition());
        assertTrue(terminal.isCursorVisible());
    }
}
