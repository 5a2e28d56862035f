package org.pilab.tui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.tui.GoldenScreen;
import org.pilab.tui.Keys;
import org.pilab.tui.RecordingTerminal;

/**
 * The editor driven through a virtual 80x24 terminal: keys go into the terminal's input queue,
 * every flushed frame is recorded, chosen frames are compared with golden screens (see
 * {@link GoldenScreen} for how to regenerate them).
 */
class EditorTest {

    private static final String SLURM_CONF = String.join("\n",
            "# slurm.conf for the lab cluster",
            "ClusterName=pilab",
            "SlurmctldHost=pi01",
            "MpiDefault=none",
            "ProctrackType=proctrack/cgroup",
            "SchedulerType=sched/backfill",
            "SelectType=select/cons_tres",
            "NodeName=pi[01-04] CPUs=4 RealMemory=3800 State=UNKNOWN",
            "PartitionName=batch Nodes=pi[01-04] Default=YES MaxTime=INFINITE State=UP",
            "");

    private RecordingTerminal terminal;
    private Keys keys;

    @BeforeEach
    void setUp() {
        terminal = new RecordingTerminal(80, 24);
        keys = new Keys(terminal);
    }

    private boolean run(TextDocument document) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Editor.run(terminal, document),
                "the editor kept waiting for keys: the script must end with an exit");
    }

    @Test
    void opensWithNanosTitleTextAndShortcutLines() {
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf", SLURM_CONF);
        keys.ctrl('x');

        assertFalse(run(doc));

        GoldenScreen.assertMatches("editor-open", terminal.frames().get(0));
        assertTrue(doc.saves().isEmpty(), "an unmodified buffer exits without writing");
    }

    @Test
    void typedTextIsSavedExactlyAndTheLineCountReported() {
        RecordingDocument doc = RecordingDocument.writable("/etc/hosts", "127.0.0.1\tlocalhost\n");
        keys.press(KeyType.ArrowDown).type("10.0.0.11 pi01\n10.0.0.12 pi03")
                .press(KeyType.Backspace).type("2")
                .ctrl('o').press(KeyType.Enter).ctrl('x');

        assertTrue(run(doc));

        assertEquals(List.of("127.0.0.1\tlocalhost\n10.0.0.11 pi01\n10.0.0.12 pi02\n"), doc.saves());
        GoldenScreen.assertMatches("editor-write-prompt", terminal.firstShowing("File Name to Write:"));
        GoldenScreen.assertMatches("editor-wrote", terminal.firstShowing("[ Wrote 3 lines ]"));
    }

    @Test
    void savingAddsTheFinalNewlineNanoAdds() {
        RecordingDocument doc = RecordingDocument.writable("notes.txt", "");
        keys.type("one line").ctrl('o').press(KeyType.Enter).ctrl('x');

        run(doc);

        assertEquals(List.of("one line\n"), doc.saves());
        terminal.firstShowing("[ Wrote 1 line ]");
    }

    @Test
    void exitWithAModifiedBufferAsksAndNoLeavesWithoutWriting() {
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf", SLURM_CONF);
        keys.type("# edited\n").ctrl('x').type("n");

        assertFalse(run(doc));

        assertTrue(doc.saves().isEmpty());
        GoldenScreen.assertMatches("editor-save-modified-prompt", terminal.firstShowing("Save modified buffer?"));
    }

    @Test
    void exitWithYesWritesThenLeaves() {
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf", SLURM_CONF);
        keys.press(KeyType.End).type("!").ctrl('x').type("y").press(KeyType.Enter);

        assertTrue(run(doc));

        assertEquals(List.of(SLURM_CONF.replaceFirst("cluster\n", "cluster!\n")), doc.saves());
    }

    @Test
    void cancelAtTheExitQuestionKeepsEditing() {
        RecordingDocument doc = RecordingDocument.writable("a.txt", "abc\n");
        keys.type("x").ctrl('x').ctrl('c').type("y").ctrl('o').press(KeyType.Enter).ctrl('x');

        run(doc);

        assertEquals(List.of("xyabc\n"), doc.saves());
        terminal.firstShowing("[ Cancelled ]");
    }

    @Test
    void aRefusedSaveShowsTheErrorAndKeepsTheBufferModified() {
        RecordingDocument doc = new RecordingDocument("/etc/slurm/slurm.conf", SLURM_CONF,
                SaveResult.refused("Permission denied"));
        keys.type("x").ctrl('o').press(KeyType.Enter).ctrl('x').type("n");

        assertFalse(run(doc));

        assertEquals(1, doc.saves().size());
        String frame = terminal.firstShowing("[ Error writing /etc/slurm/slurm.conf: Permission denied ]");
        GoldenScreen.assertMatches("editor-save-refused", frame);
        terminal.firstShowing("Save modified buffer?");
    }

    @Test
    void searchMovesToTheNextMatchAndSaysWhenNothingMatches() {
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf", SLURM_CONF);
        keys.ctrl('w').type("nodename").press(KeyType.Enter)
                .ctrl('w').type("Gres").press(KeyType.Enter)
                .ctrl('x');

        run(doc);

        GoldenScreen.assertMatches("editor-search-prompt", terminal.firstShowing("Search: nodename"));
        GoldenScreen.assertMatches("editor-search-found", terminal.firstShowing("-- cursor 0,8"));
        GoldenScreen.assertMatches("editor-search-not-found", terminal.firstShowing("[ \"Gres\" not found ]"));
    }

    @Test
    void searchWrapsPastTheEndAndReusesTheLastQuery() {
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf", SLURM_CONF);
        // The first "pi[01-04]" after the partition line's start is on that line; the repeat
        // finds none further down, so it wraps to the node line above.
        keys.ctrl('w').type("PartitionName").press(KeyType.Enter)
                .ctrl('w').type("pi[01-04]").press(KeyType.Enter)
                .ctrl('w').press(KeyType.Enter)
                .type("#").ctrl('o').press(KeyType.Enter).ctrl('x');

        run(doc);

        terminal.firstShowing("[ Search Wrapped ]");
        terminal.firstShowing("Search [pi[01-04]]:");
        String saved = doc.saves().get(0);
        assertTrue(saved.contains("\nNodeName=#pi[01-04] CPUs=4"), saved);
    }

    @Test
    void cutLinesGatherAndPasteAboveTheCursorLine() {
        RecordingDocument doc = RecordingDocument.writable("list.txt", "a\nb\nc\nd\n");
        keys.ctrl('k').ctrl('k').press(KeyType.ArrowDown).ctrl('u')
                .ctrl('o').press(KeyType.Enter).ctrl('x');

        run(doc);

        assertEquals(List.of("c\na\nb\nd\n"), doc.saves());
    }

    @Test
    void scrollingThroughALongFileKeepsTheCursorOnScreen() {
        String text = IntStream.rangeClosed(1, 60).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n"));
        RecordingDocument doc = RecordingDocument.writable("long.txt", text);
        keys.press(KeyType.ArrowDown, 5).press(KeyType.PageDown)
                .press(KeyType.PageDown).press(KeyType.PageDown).press(KeyType.PageDown)
                .press(KeyType.ArrowUp, 25).ctrl('x');

        run(doc);

        List<String> frames = terminal.frames();
        GoldenScreen.assertMatches("editor-page-down", frames.get(7));
        GoldenScreen.assertMatches("editor-end-of-file", frames.get(9));
        GoldenScreen.assertMatches("editor-scrolled-up", frames.get(frames.size() - 1));
    }

    @Test
    void aLongLineScrollsSidewaysOnlyOnTheCursorLine() {
        String longLine = "NodeName=pi[01-04] CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4"
                + " ThreadsPerCore=1 RealMemory=3800 State=UNKNOWN";
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf",
                longLine + "\n" + longLine + "\n");
        keys.press(KeyType.End).ctrl('x');

        run(doc);

        GoldenScreen.assertMatches("editor-long-line-start", terminal.frames().get(0));
        GoldenScreen.assertMatches("editor-long-line-end", terminal.last());
    }

    @Test
    void goToLineAndLocationReportWhereTheCursorIs() {
        RecordingDocument doc = RecordingDocument.writable("/etc/slurm/slurm.conf", SLURM_CONF);
        keys.ctrl('_').type("8,10").press(KeyType.Enter).ctrl('c').ctrl('x');

        run(doc);

        // Line 8 of 10 (the empty last line counts), column 10 of the 55-character line plus one.
        String frame = terminal.firstShowing("[ line 8/10 (80%), col 10/56 (17%), char ");
        assertTrue(frame.contains("-- cursor 9,8"), frame);
    }

    @Test
    void aWriteErrorIsShownInTheAlertColours() throws Exception {
        EditorSession session = new EditorSession(
                new RecordingDocument("/etc/hosts", "x\n", SaveResult.refused("Permission denied")));
        EditorLayout layout = new EditorLayout(80, 24);
        session.handle(new KeyStroke('o', true, false), layout.textRows());
        session.handle(new KeyStroke(KeyType.Enter), layout.textRows());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();

        EditorPainter.paint(screen.newTextGraphics(), layout, session);
        screen.refresh();

        int column = terminal.last().split("\n")[layout.statusRow()].indexOf("Error writing");
        assertEquals(TextColor.ANSI.RED, terminal.getCharacter(column, layout.statusRow()).getBackgroundColor());
        assertEquals(TextColor.ANSI.DEFAULT, terminal.getCharacter(0, layout.statusRow()).getBackgroundColor());
    }

    @Test
    void aSmallerWindowKeepsTheCursorLineInView() {
        String text = IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n"));
        keys.press(KeyType.ArrowDown, 19);
        // Shrink the window once the cursor sits on the last text row of the 24-row screen.
        terminal.onFrame(frame -> frame.contains("-- cursor 0,20"), () -> {
            terminal.setTerminalSize(new TerminalSize(80, 12));
            keys.press(KeyType.End).ctrl('x');
        });

        run(RecordingDocument.writable("long.txt", text));

        String small = terminal.last();
        assertEquals(13, small.split("\n").length, "12 rows and the cursor line:\n" + small);
        assertTrue(small.contains("\nline 20\n"), small);
        assertTrue(small.endsWith("-- cursor 7,8\n"), small);
    }

    @Test
    void functionsThatAreNotBuiltSaySo() {
        RecordingDocument doc = RecordingDocument.writable("a.txt", "abc\n");
        keys.ctrl('r').ctrl('\\').ctrl('x');

        run(doc);

        terminal.firstShowing("[ Read File is not available in this editor ]");
        terminal.firstShowing("[ Replace is not available in this editor ]");
    }

    @Test
    void helpOpensAndClosesAgain() {
        RecordingDocument doc = RecordingDocument.writable("a.txt", "abc\n");
        keys.ctrl('g').ctrl('x').ctrl('x');

        run(doc);

        GoldenScreen.assertMatches("editor-help", terminal.frames().get(1));
        assertTrue(terminal.frames().get(2).contains("abc"), "the text is back after help");
    }

    @Test
    void theTerminalGetsItsScreenAndCursorBack() throws Exception {
        terminal.putString("pi@laptop:~ $ nano a.txt");
        String before = terminal.toString();
        var cursorBefore = terminal.getCursorPosition();
        keys.type("changed").ctrl('x').type("n");

        run(RecordingDocument.writable("a.txt", "abc\n"));

        assertEquals(before, terminal.toString());
        assertEquals(cursorBefore, terminal.getCursorPosition());
    }
}
