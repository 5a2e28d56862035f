package org.pilab.slurm.swf;

/** A malformed SWF line; the message names the trace, the line and what is wrong. */
public final class SwfFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public SwfFormatException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
