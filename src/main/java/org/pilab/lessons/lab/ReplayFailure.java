package org.pilab.lessons.lab;

/**
 * A scripted line (solution, set-up) the virtual lab could not run at all: its command does not
 * exist there (status 127). Such a lesson cannot be replayed until the lab has the command.
 */
public final class ReplayFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String line;
    private final String output;

    public ReplayFailure(String where, String line, String output) {
        super(where + ": `" + line + "` failed: " + output.strip());
        this.where = where;
        this.line = line;
        this.output = output;
    }

    /** Which lesson and step (or set-up) the line belongs to. */
    public String where() {
        return where;
    }

    public String line() {
        return line;
    }

    public String output() {
        return output;
    }
}
