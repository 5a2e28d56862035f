package org.pilab.jobs.report;

/**
 * How the terminal tearsheet is drawn.
 *
 * @param color   ANSI colours (only when writing to a real terminal that wants them)
 * @param unicode block characters for charts; plain ASCII otherwise
 * @param width   columns available, at least 60
 */
public record TearsheetStyle(boolean color, boolean unicode, int width) {

    public static final int DEFAULT_WIDTH = 80;

    public TearsheetStyle {
        if (width < 60) {
            throw new IllegalArgumentException("width must be at least 60 columns, got " + width);
        }
    }

    public static TearsheetStyle plain() {
        return new TearsheetStyle(false, true, DEFAULT_WIDTH);
    }
}
