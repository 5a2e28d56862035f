package org.pilab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;

import org.pilab.node.shell.ShellParser;
import org.pilab.node.shell.TerminalText;

/**
 * The shell when stdin is not a terminal, as {@code bash -s} behaves: one command line per input
 * line (a line that opens a quote, a heredoc or ends in a backslash continues on the next), no
 * prompt, no echo; only the commands' output is printed, their stdout on {@code out} and their
 * stderr on {@code err}, as bash writes fd 1 and fd 2. The virtual clock moves only through
 * the commands themselves ({@code sleep N} jumps at once), never with real time, so a script
 * replays identically. The exit status is the last command's.
 */
public final class ScriptedShell {

    private final ShellSession session;
    private final PrintWriter out;
    private final PrintWriter err;

    public ScriptedShell(ShellSession session, PrintWriter out, PrintWriter err) {
        this.session = session;
        this.out = out;
        this.err = err;
    }

    /** Runs every line of {@code script} until it ends or the session does; returns the last status. */
    public int run(Reader script) throws IOException {
        BufferedReader in = script instanceof BufferedReader b ? b : new BufferedReader(script);
        int status = 0;
        StringBuilder pending = new StringBuilder();
        String line;
        while (!session.finished() && (line = in.readLine()) != null) {
            if (pending.length() > 0) {
                pending.append('\n');
            }
            pending.append(line);
            if (ShellParser.needsMoreInput(pending.toString())) {
                continue;
            }
            String command = pending.toString();
            pending.setLength(0);
            if (command.isBlank()) {
                continue;
            }
            status = runOne(command);
        }
        if (pending.length() > 0 && !session.finished()) {
            status = runOne(pending.toString());
        }
        out.flush();
        err.flush();
        return status;
    }

    private int runOne(String command) {
        CommandOutcome o = session.execute(command, Interrupt.none());
        for (TerminalText.Piece piece : o.terminal().pieces()) {
            // flushed piece by piece, so `pilab shell < script 2>&1` interleaves as bash would
            PrintWriter stream = piece.stream() == TerminalText.Stream.STDOUT ? out : err;
            stream.print(piece.text());
            stream.flush();
        }
        int status = o.exitStatus();
        if (o.fullScreen() instanceof FullScreenRequest.Edit e) {
            // nano needs a terminal; in a script the file stays as it is.
            err.println("Too many errors from stdin");
            status = 1;
        } else if (o.fullScreen() instanceof FullScreenRequest.Dashboard) {
            err.println("top: failed tty get");
            status = 1;
        }
        out.flush();
        err.flush();
        return status;
    }
}
