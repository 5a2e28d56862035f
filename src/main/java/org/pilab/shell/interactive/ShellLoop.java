package org.pilab.shell.interactive;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.pilab.shell.CommandOutcome;
import org.pilab.shell.Interrupt;

/**
 * Read, run, print, until the session is finished: the prompt and status line, Ctrl-C and
 * Ctrl-D as bash treats them, the command on the session's thread with Ctrl-C wired to its
 * {@link Interrupt}, its output, then any full-screen program it asked for.
 */
final class ShellLoop {

    /**
     * Ctrl-D runs {@code exit}; an input that has ended answers every read with end-of-file, so
     * a session that will not finish would be asked forever. After this many in a row with no
     * line typed in between, the shell stops.
     */
    private static final int MAX_ENDS_IN_A_ROW = 10;

    private final Terminal terminal;
    private final LineReader reader;
    private final SessionWorker worker;
    private final StatusRefresher status;
    private final RealTimeTicker ticker;
    private final FullScreenHandoff fullScreen;
    private final HistoryFile historyFile;
    private final PromptRenderer prompts;
    private final PrintWriter out;
    private int endsInARow;
    private int lastStatus;

    ShellLoop(Terminal terminal, LineReader reader, SessionWorker worker, StatusRefresher status,
              RealTimeTicker ticker, FullScreenHandoff fullScreen, HistoryFile historyFile) {
        this.terminal = terminal;
        this.reader = reader;
        this.worker = worker;
        this.status = status;
        this.ticker = ticker;
        this.fullScreen = fullScreen;
        this.historyFile = historyFile;
        this.prompts = new PromptRenderer(terminal);
        this.out = terminal.writer();
    }

    /** @return the exit status of the last command, as a shell's own exit status */
    int run() {
        out.print(Banner.TEXT);
        out.flush();
        while (!worker.finished() && endsInARow < MAX_ENDS_IN_A_ROW) {
            String line = readLine();
            if (line == null || line.isBlank()) {
                continue;
            }
            saveHistory();
            Interrupt interrupt = Interrupt.none();
            CommandOutcome outcome = execute(line, interrupt);
            print(outcome, interrupt.raised());
            lastStatus = outcome.exitStatus();
            if (outcome.fullScreen() != null && !worker.finished()) {
                fullScreen.run(outcome.fullScreen());
            }
        }
        return lastStatus;
    }

    /** @return the line typed, "exit" for Ctrl-D on an empty line, null when Ctrl-C dropped it */
    private String readLine() {
        status.refreshNow();
        String prompt = prompts.render(worker.prompt());
        try {
            String line = reader.readLine(prompt);
            endsInARow = 0;
            return line;
        } catch (UserInterruptException e) {
            // bash prints ^C and gives a fresh prompt. A line-discipline terminal has already
            // echoed it (as a kernel tty would with echo on); a raw-mode console has not.
            if (!(terminal instanceof LineDisciplineTerminal)) {
                out.print("^C");
            }
            out.println();
            out.flush();
            return null;
        } catch (EndOfFileException e) {
            endsInARow++;
            out.println();
            out.flush();
            // The session decides what leaving means: back one ssh hop, or the end at the top.
            return "exit";
        }
    }

    private CommandOutcome execute(String line, Interrupt interrupt) {
        SignalHandler previous = terminal.handle(Signal.INT, signal -> interrupt.raise());
        ticker.pause();
        try {
            return worker.execute(line, interrupt);
        } catch (RuntimeException e) {
            // A fault in one command must not end the learner's whole session.
            return CommandOutcome.of("", "pilab: " + firstWord(line) + ": internal error: " + e + "\n", 1);
        } finally {
            ticker.resume();
            terminal.handle(Signal.INT, previous);
        }
    }

    /** Output as a terminal shows it: stdout and stderr interleaved, in the order written. */
    private void print(CommandOutcome outcome, boolean interrupted) {
        if (interrupted) {
            out.println();  // after the ^C the terminal echoed
        }
        String text = outcome.text();
        out.print(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            // The prompt is drawn from the start of a line; output left mid-line would be overdrawn.
            out.println();
        }
        out.flush();
    }

    private void saveHistory() {
        List<String> commands = new ArrayList<>();
        for (History.Entry entry : reader.getHistory()) {
            commands.add(entry.line());
        }
        historyFile.save(commands);
    }

    private static String firstWord(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
