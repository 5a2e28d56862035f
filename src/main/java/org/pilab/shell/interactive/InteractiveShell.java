package org.pilab.shell.interactive;

import java.io.IOException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.pilab.shell.ShellSession;

/**
 * The lesson shell on a real terminal: a bash-like prompt (and bash's {@code > } for a line that
 * goes on, such as an open quote or here-document) with history (kept in
 * ~/.pilab/history), Emacs keys, Ctrl-R search and Tab completion from the session; Ctrl-C stops
 * the running command or drops the line being typed; Ctrl-D leaves (an ssh hop, or the shell);
 * a status line at the bottom; the virtual clock following real time; and the editor and the
 * dashboard when a command asks for them.
 *
 * <p>Every call into the session is made from one thread, one call at a time, so a session need
 * not be thread-safe. Keys are read and echoed on another thread that never waits for the
 * simulation (only Tab waits, for the candidates).</p>
 */
public final class InteractiveShell {

    private InteractiveShell() {
    }

    /**
     * Runs the shell on the given terminal until the session is finished (or the terminal's
     * input has ended). The terminal stays open.
     *
     * @return the exit status of the last command, as a shell's own exit status
     */
    public static int run(ShellSession session, Terminal terminal) {
        return run(session, terminal, ShellSettings.defaults());
    }

    /** Opens the process's console, runs the shell on it and closes it again. */
    public static int runOnSystemTerminal(ShellSession session) {
        // SIG_IGN as the default: a Ctrl-C between the prompt and the command (when neither has
        // its own handler installed) must not kill the process with the learner's lab in it.
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("pilab")
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            return run(session, terminal);
        } catch (IOException e) {
            System.err.println("pilab: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    static int run(ShellSession session, Terminal terminal, ShellSettings settings) {
        try (SessionWorker worker = new SessionWorker(session)) {
            LineReader reader = lineReader(terminal, worker);
            for (String command : settings.history().load()) {
                reader.getHistory().add(command);
            }
            StatusBar statusBar = StatusBar.on(terminal);
            StatusRefresher status = new StatusRefresher(worker, statusBar, reader);
            try (RealTimeTicker ticker = new RealTimeTicker(worker, status::refreshFromTimer,
                    settings.nanoClock(), settings.tickPeriod())) {
                FullScreenHandoff handoff = new FullScreenHandoff(settings.fullScreen().apply(terminal), worker,
                        ticker, statusBar, terminal.writer());
                ShellLoop loop = new ShellLoop(terminal, reader, worker, status, ticker, handoff,
                        settings.history());
                if (settings.tickPeriod() != null) {
                    ticker.start();
                }
                try {
                    return loop.run();
                } finally {
                    ticker.close();
                    statusBar.hide();
                    terminal.writer().flush();
                }
            }
        }
    }

    private static LineReader lineReader(Terminal terminal, SessionWorker worker) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("pilab")
                .parser(new ShellLineParser())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, ShellLineParser.CONTINUATION_PROMPT)
                .completer(new SessionCompleter(worker))
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_SIZE, 1000)
                // Lines reach the session as typed: no !-expansion by the reader.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // Tab on an empty line lists the commands, as bash does, rather than inserting a tab.
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
        reader.setKeyMap(LineReader.EMACS);
        return reader;
    }
}
