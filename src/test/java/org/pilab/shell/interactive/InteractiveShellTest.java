package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.shell.CommandOutcome;
import org.pilab.shell.FullScreenRequest;
import org.pilab.shell.Interrupt;
import org.pilab.node.shell.TerminalText;

class InteractiveShellTest {

    private static final long FIXED_NANOS = 1_000_000_000L;

    @TempDir
    Path home;

    private static ShellSettings settings(HistoryFile history, RecordingScreens screens) {
        return new ShellSettings(history, terminal -> screens, () -> FIXED_NANOS, null);
    }

    private static ShellSettings settings(RecordingScreens screens) {
        return settings(HistoryFile.inMemory(), screens);
    }

    @Test
    void showsBannerAndPlainPromptThenRunsCommandsInOrderWithTheirOutput() throws Exception {
        FakeSession session = new FakeSession("laptop");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.type("hostname\nsinfo -N\nexit 3\n");

            assertEquals(3, shell.exitCode());
            assertEquals(List.of("hostname", "sinfo -N", "exit 3"), session.executed);
            String screen = shell.screen();
            assertTrue(screen.contains("lessons") && screen.contains("help"), screen);
            assertTrue(screen.contains("ada@laptop:~$ "), screen);
            int first = screen.indexOf("ran hostname\n");
            int second = screen.indexOf("ran sinfo -N\n");
            assertTrue(first >= 0 && second > first, screen);
            assertTrue(screen.indexOf("Pi Cluster Lab") < screen.indexOf("ada@laptop:~$ "), screen);
        }
    }

    @Test
    void printsStandardErrorOnTheScreenAfterStandardOutput() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.commands.put("cat", interrupt -> CommandOutcome.of("partial\n",
                "cat: missing.txt: No such file or directory\n", 1));
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.type("cat partial.txt missing.txt\n");
            shell.awaitScreen("No such file or directory", 1);
            shell.type("exit\n");

            assertEquals(0, shell.exitCode());
            String screen = shell.screen();
            assertTrue(screen.indexOf("partial\n") < screen.indexOf("cat: missing.txt"), screen);
        }
    }

    @Test
    void ctrlDOnAnEmptyLineLeavesTheSshHopThenTheShell() throws Exception {
        FakeSession session = new FakeSession("laptop", "pi1");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.awaitScreen("ada@pi1:~$ ", 1);
            shell.type("\u0004");
            shell.awaitScreen("ada@laptop:~$ ", 1);
            shell.type("\u0004");

            assertEquals(0, shell.exitCode());
            assertEquals(List.of("exit", "exit"), session.executed);
            assertTrue(shell.screen().contains("Connection to pi1 closed."), shell.screen());
        }
    }

    @Test
    void ctrlCWhileACommandRunsRaisesItsInterrupt() throws Exception {
        FakeSession session = new FakeSession("laptop");
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean stoppedByInterrupt = new AtomicBoolean();
        session.commands.put("sleep", interrupt -> {
            started.countDown();
            stoppedByInterrupt.set(waitFor(interrupt));
            return CommandOutcome.of("", "", 130);
        });
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.type("sleep 600\n");
            assertTrue(started.await(ShellHarness.WAIT_MILLIS, TimeUnit.MILLISECONDS));
            shell.type("\u0003");
            shell.awaitScreen("ada@laptop:~$ ", 2);
            shell.type("exit\n");

            assertEquals(0, shell.exitCode());
            assertTrue(stoppedByInterrupt.get(), "the command saw its Interrupt raised");
            assertEquals(List.of("sleep 600", "exit"), session.executed);
            assertTrue(shell.screen().contains("^C"), shell.screen());
        }
    }

    /** The command's side of Ctrl-C: poll the flag, as a virtual sleep or ping would. */
    private static boolean waitFor(Interrupt interrupt) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ShellHarness.WAIT_MILLIS);
        while (!interrupt.raised() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return interrupt.raised();
    }

    @Test
    void ctrlCAtThePromptDropsTheLineAndGivesANewPrompt() throws Exception {
        FakeSession session = new FakeSession("laptop");
        // On a terminal that echoes each key, so the test can see the line was read before ^C.
        try (ShellHarness shell = new ShellHarness("xterm-256color")) {
            shell.start(session, settings(new RecordingScreens()));
            shell.awaitScreen("ada@laptop", 1);
            shell.type("rm -rf half-typed");
            shell.awaitScreen("half-typed", 1);
            shell.type("\u0003");
            shell.awaitScreen("ada@laptop", 2);
            shell.type("whoami\nexit\n");

            assertEquals(0, shell.exitCode());
            assertEquals(List.of("whoami", "exit"), session.executed);
            assertTrue(shell.screen().contains("^C"), shell.screen());
        }
    }

    @Test
    void tabCompletesTheWordFromTheSessionsCandidates() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.candidates = List.of("squeue");
        // A dumb terminal reads lines without editing keys (JLine's own choice), so Tab is tried
        // on a terminal that can redraw.
        try (ShellHarness shell = new ShellHarness("xterm-256color")) {
            shell.start(session, settings(new RecordingScreens()));
            shell.awaitScreen("ada@laptop", 1);
            shell.type("squ\t\nexit\n");

            assertEquals(0, shell.exitCode());
            assertEquals("squeue", session.executed.get(0).strip());
            assertEquals(List.of("squ|3"), session.completions);
        }
    }

    @Test
    void historyIsLoadedAndWrittenBackToItsFileWithNoTemporaryFileLeft() throws Exception {
        Path file = home.resolve(".pilab").resolve("history");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "sinfo\n");
        FakeSession session = new FakeSession("laptop");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(HistoryFile.at(file), new RecordingScreens()));
            shell.type("squeue\nexit\n");
            assertEquals(0, shell.exitCode());
        }
        assertEquals(List.of("sinfo", "squeue", "exit"), Files.readAllLines(file));
        try (var entries = Files.list(file.getParent())) {
            assertEquals(List.of(file), entries.toList());
        }
    }

    @Test
    void anUnwritableHistoryNeitherStopsTheShellNorLosesCommands() throws Exception {
        Path notAFolder = home.resolve("plain-file");
        Files.writeString(notAFolder, "");
        FakeSession session = new FakeSession("laptop");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(HistoryFile.at(notAFolder.resolve("history")), new RecordingScreens()));
            shell.type("sinfo\nexit\n");
            assertEquals(0, shell.exitCode());
        }
        assertEquals(List.of("sinfo", "exit"), session.executed);
    }

    @Test
    void anEditRequestHandsTheFileToTheEditorAndSavesThroughTheSession() throws Exception {
        FakeSession session = new FakeSession("laptop");
        AtomicReference<String> savedText = new AtomicReference<>();
        AtomicReference<String> savingThread = new AtomicReference<>();
        FullScreenRequest.EditableFile file = new FullScreenRequest.EditableFile() {
            @Override
            public String path() {
                return "/home/ada/job.sh";
            }

            @Override
            public String text() {
                return "#!/bin/bash\n";
            }

            @Override
            public String save(String text) {
                savedText.set(text);
                savingThread.set(Thread.currentThread().getName());
                return null;
            }
        };
        session.commands.put("nano", interrupt -> new CommandOutcome("", "", 0, new FullScreenRequest.Edit(file)));
        RecordingScreens screens = new RecordingScreens();
        AtomicReference<Boolean> written = new AtomicReference<>();
        screens.editorAction = document -> written.set(document.save("#!/bin/bash\nsrun hostname\n").written());
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(screens));
            shell.type("nano job.sh\nexit\n");
            assertEquals(0, shell.exitCode());
        }
        assertEquals(1, screens.edited.size());
        assertEquals("/home/ada/job.sh", screens.edited.get(0).name());
        assertEquals("#!/bin/bash\n", screens.edited.get(0).initialText());
        assertEquals(Boolean.TRUE, written.get());
        assertEquals("#!/bin/bash\nsrun hostname\n", savedText.get());
        assertEquals("pilab-session", savingThread.get());
        assertTrue(screens.dashboards.isEmpty());
    }

    @Test
    void aRefusedSaveReachesTheEditorWithItsReason() throws Exception {
        FakeSession session = new FakeSession("laptop");
        FullScreenRequest.EditableFile file = new FullScreenRequest.EditableFile() {
            @Override
            public String path() {
                return "/etc/slurm/slurm.conf";
            }

            @Override
            public String text() {
                return "";
            }

            @Override
            public String save(String text) {
                return "Permission denied";
            }
        };
        session.commands.put("nano", interrupt -> new CommandOutcome("", "", 0, new FullScreenRequest.Edit(file)));
        RecordingScreens screens = new RecordingScreens();
        AtomicReference<String> reason = new AtomicReference<>();
        screens.editorAction = document -> reason.set(document.save("x\n").reason());
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(screens));
            shell.type("nano /etc/slurm/slurm.conf\nexit\n");
            assertEquals(0, shell.exitCode());
        }
        assertEquals("Permission denied", reason.get());
    }

    @Test
    void aDashboardRequestRefreshesThroughTheSessionsThread() throws Exception {
        FakeSession session = new FakeSession("laptop");
        AtomicInteger snapshots = new AtomicInteger();
        AtomicReference<String> snapshotThread = new AtomicReference<>();
        session.commands.put("top", interrupt -> new CommandOutcome("", "", 0,
                new FullScreenRequest.Dashboard(() -> {
                    snapshots.incrementAndGet();
                    snapshotThread.set(Thread.currentThread().getName());
                    return null;
                })));
        RecordingScreens screens = new RecordingScreens();
        screens.dashboardAction = source -> {
            source.snapshot();
            source.snapshot();
        };
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(screens));
            shell.type("top\nexit\n");
            assertEquals(0, shell.exitCode());
        }
        assertEquals(1, screens.dashboards.size());
        assertEquals(2, snapshots.get());
        assertEquals("pilab-session", snapshotThread.get());
    }

    @Test
    void everySessionCallComesFromOneThread() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.candidates = List.of("sbatch");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, new ShellSettings(HistoryFile.inMemory(), terminal -> new RecordingScreens(),
                    System::nanoTime, java.time.Duration.ofMillis(1)));
            shell.type("sba\t job.sh\n");
            ShellHarness.await(() -> session.advancedMillis.get() > 0, "the clock to follow real time");
            shell.type("exit\n");
            assertEquals(0, shell.exitCode());
        }
        assertEquals(java.util.Set.of("pilab-session"), session.callingThreads);
    }

    @Test
    void theStatusLineShowsTheSessionsTextAndIsAskedAgainAfterEachCommand() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.status = "Lesson 3 step 2/5 | 00:12:30 | clock 10x";
        try (ShellHarness shell = new ShellHarness("xterm-256color")) {
            shell.start(session, settings(new RecordingScreens()));
            shell.awaitScreen("ada@laptop", 1);
            assertTrue(shell.screen().contains("Lesson 3 step 2/5 | 00:12:30 | clock 10x"), shell.screen());
            int asked = session.statusAsked.get();
            shell.type("sinfo\n");
            shell.awaitScreen("ada@laptop", 2);
            assertTrue(session.statusAsked.get() > asked, "the status line was refreshed after the command");
            shell.type("exit\n");
            assertEquals(0, shell.exitCode());
        }
    }

    @Test
    void aDumbTerminalShowsNoStatusLine() throws Exception {
        FakeSession session = new FakeSession("laptop");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.type("sinfo\nexit\n");
            assertEquals(0, shell.exitCode());
            assertFalse(shell.screen().contains("Lesson 1 step"), shell.screen());
        }
    }

    @Test
    void anUnfinishedLineShowsTheContinuationPromptAndReachesTheSessionJoined() throws Exception {
        FakeSession session = new FakeSession("laptop");
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.awaitScreen("ada@laptop:~$ ", 1);
            int continuations = ShellHarness.count(shell.screen(), "\n> ");
            shell.type("echo 'one\n");
            shell.type("two'\n");
            shell.awaitScreen("ada@laptop:~$ ", 2);
            shell.type("cat <<EOF\nx\nEOF\n");
            shell.awaitScreen("ada@laptop:~$ ", 3);
            shell.type("ls \\\n-l |\nwc -l\n");
            shell.awaitScreen("ada@laptop:~$ ", 4);
            shell.type("exit\n");

            assertEquals(0, shell.exitCode());
            assertEquals(List.of("echo 'one\ntwo'", "cat <<EOF\nx\nEOF", "ls \\\n-l |\nwc -l", "exit"),
                    session.executed);
            // one "> " for each line after the first of each command
            assertEquals(continuations + 5, ShellHarness.count(shell.screen(), "\n> "), shell.screen());
        }
    }

    @Test
    void standardOutputAndErrorShowInTheOrderTheyWereWritten() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.commands.put("check", interrupt -> new CommandOutcome(TerminalText.of(TerminalText.Stream.STDERR,
                "warning: first\n").plus(TerminalText.Stream.STDOUT, "then the answer\n"), 0, null));
        try (ShellHarness shell = ShellHarness.dumb()) {
            shell.start(session, settings(new RecordingScreens()));
            shell.type("check\n");
            shell.awaitScreen("then the answer", 1);
            shell.type("exit\n");

            assertEquals(0, shell.exitCode());
            String screen = shell.screen();
            assertTrue(screen.indexOf("warning: first\n") < screen.indexOf("then the answer\n"), screen);
        }
    }
}
