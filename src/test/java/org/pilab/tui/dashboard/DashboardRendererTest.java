package org.pilab.tui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pilab.tui.GoldenScreen;
import org.pilab.tui.RecordingTerminal;

/**
 * Single dashboard frames rendered into virtual terminals and compared with golden screens (see
 * {@link GoldenScreen} for regenerating them); colours are checked cell by cell.
 */
class DashboardRendererTest {

    private static final DashboardView LIVE = DashboardView.initial(Duration.ofSeconds(1));

    private static DefaultVirtualTerminal render(int columns, int rows, DashboardSnapshot snapshot,
            DashboardView view) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        DashboardRenderer.render(screen.newTextGraphics(), snapshot, view);
        screen.setCursorPosition(null);
        screen.refresh();
        return terminal;
    }

    private static String frame(int columns, int rows, DashboardSnapshot snapshot, DashboardView view)
            throws IOException {
        return RecordingTerminal.snapshot(render(columns, rows, snapshot, view));
    }

    @Test
    void idleFourNodeCluster() throws IOException {
        GoldenScreen.assertMatches("dashboard-idle-80x24", frame(80, 24, Snapshots.idle(), LIVE));
    }

    @Test
    void busyClusterWithPendingReasonsAThrottledNodeAndADownNode() throws IOException {
        GoldenScreen.assertMatches("dashboard-busy-80x24", frame(80, 24, Snapshots.busy(), LIVE));
    }

    @Test
    void aLargerTerminalShowsEveryNodeMoreJobsAndAllocationBars() throws IOException {
        GoldenScreen.assertMatches("dashboard-large-120x50", frame(120, 50, Snapshots.large(), LIVE));
    }

    @Test
    void theSmallestTerminalScrollsNodesAndQueue() throws IOException {
        DashboardView scrolled = new DashboardView(true, Duration.ofMillis(250), Focus.NODES, 5, 3);
        GoldenScreen.assertMatches("dashboard-large-80x24-scrolled", frame(80, 24, Snapshots.large(), scrolled));
    }

    @Test
    void aTooSmallTerminalSaysWhatItNeeds() throws IOException {
        String text = frame(60, 20, Snapshots.busy(), LIVE);
        assertTrue(text.contains("at least 80x24"), text);
        assertTrue(text.contains("this terminal is 60x20"), text);
    }

    @Test
    void statesAndHeatAreColoured() throws IOException {
        DefaultVirtualTerminal terminal = render(80, 24, Snapshots.busy(), LIVE);
        int stateColumn = 9;
        assertEquals(TextColor.ANSI.YELLOW, foreground(terminal, stateColumn, row(terminal, "pi01 ")));
        assertEquals(TextColor.ANSI.YELLOW, foreground(terminal, stateColumn, row(terminal, "pi02 ")));
        assertEquals(TextColor.ANSI.RED, foreground(terminal, stateColumn, row(terminal, "pi04 ")));
        int pi03 = row(terminal, "pi03 ");
        int temperature = line(terminal, pi03).indexOf("82.5");
        assertEquals(TextColor.ANSI.RED, foreground(terminal, temperature, pi03));
        int pi01 = row(terminal, "pi01 ");
        assertEquals(Palette.ORANGE, foreground(terminal, line(terminal, pi01).indexOf("71.5"), pi01));

        DefaultVirtualTerminal idle = render(80, 24, Snapshots.idle(), LIVE);
        assertEquals(TextColor.ANSI.GREEN, foreground(idle, stateColumn, row(idle, "pi01 ")));
    }

    @Test
    void theFocusedPanelsHeaderIsReversed() throws IOException {
        DefaultVirtualTerminal queueFocused = render(80, 24, Snapshots.busy(), LIVE);
        DefaultVirtualTerminal nodesFocused = render(80, 24, Snapshots.busy(), LIVE.toggleFocus());

        int nodeHeader = row(queueFocused, "NODE ");
        int queueHeader = row(queueFocused, "JOBID");
        assertTrue(character(queueFocused, 0, queueHeader).getModifiers().contains(SGR.REVERSE));
        assertTrue(!character(queueFocused, 0, nodeHeader).getModifiers().contains(SGR.REVERSE));
        assertTrue(character(nodesFocused, 0, nodeHeader).getModifiers().contains(SGR.REVERSE));
    }

    @Test
    void aJobKeepsItsColourOnEveryNodeAndLaneRow() throws IOException {
        DefaultVirtualTerminal terminal = render(80, 24, Snapshots.busy(), LIVE);
        int lane = row(terminal, "pi01    |");
        int label = line(terminal, lane).indexOf("42");
        assertEquals(Palette.job("42"), character(terminal, label, lane).getBackgroundColor());
        assertEquals(Palette.job("44_1"), Palette.job("44_[2-31]"), "array tasks share their job's colour");
    }

    private static int row(DefaultVirtualTerminal terminal, String start) {
        String[] lines = terminal.toString().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line begins with \"" + start + "\":\n" + terminal);
    }

    private static String line(DefaultVirtualTerminal terminal, int row) {
        return terminal.toString().split("\n")[row];
    }

    private static TextCharacter character(DefaultVirtualTerminal terminal, int column, int row) {
        return terminal.getCharacter(column, row);
    }

    private static TextColor foreground(DefaultVirtualTerminal terminal, int column, int row) {
        return character(terminal, column, row).getForegroundColor();
    }
}
