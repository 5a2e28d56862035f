package org.pilab.realcluster.exec;

import java.util.List;

/** What a finished command left: its arguments, exit status, and everything it printed. */
public record CommandResult(List<String> argv, int exitCode, String stdout, String stderr) {

    public CommandResult {
        argv = List.copyOf(argv);
    }

    public boolean ok() {
        return exitCode == 0;
    }

    /** stderr, or stdout when stderr is empty, trimmed: what to show a user verbatim. */
    public String message() {
        String e = stderr.strip();
        return e.isEmpty() ? stdout.strip() : e;
    }
}
